package dev.obsgen.core.dashboard;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a Grafana panel query into plain PromQL before it is parsed: the built-in interval variables become
 * durations ({@code $__rate_interval} the four scrape intervals Grafana itself uses at least), the range variables
 * a day, and a dashboard variable ({@code $flow}, {@code ${flow}}, {@code ${flow:regex}}, {@code [[flow]]}) the
 * regex {@code .+}, which any label matcher of a variable accepts, or where a duration stands, an interval.
 */
public final class GrafanaVariables {
    private static final Pattern VARIABLE = Pattern.compile(
            "\\$\\{([A-Za-z0-9_]+)(?::[^}]*)?}|\\[\\[([A-Za-z0-9_]+)(?::[^]]*)?]]|\\$([A-Za-z0-9_]+)");

    private GrafanaVariables() {
    }

    public static String substitute(String expr, long scrapeIntervalMillis) {
        // Every variable starts with $ or [[: most queries have neither and are their own substitution.
        if (expr.indexOf('$') < 0 && !expr.contains("[[")) {
            return expr;
        }
        Matcher m = VARIABLE.matcher(expr);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(expr, m, scrapeIntervalMillis)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The offset in the panel query that an offset in its substituted form comes from. */
    public static int originalOffset(String expr, int substitutedOffset, long scrapeIntervalMillis) {
        Matcher m = VARIABLE.matcher(expr);
        int shift = 0;
        while (m.find()) {
            int startInSubstituted = m.start() + shift;
            if (substitutedOffset < startInSubstituted) {
                break;
            }
            int length = value(expr, m, scrapeIntervalMillis).length();
            if (substitutedOffset < startInSubstituted + length) {
                return m.start();
            }
            shift += length - (m.end() - m.start());
        }
        return substitutedOffset - shift;
    }

    /**
     * The variable a whole text refers to ({@code flow} of {@code $flow}, {@code ${flow}}, {@code ${flow:raw}},
     * {@code [[flow]]}, {@code [[flow:raw]]}), or empty when the text is not one reference.
     */
    public static Optional<String> referencedName(String text) {
        Matcher m = VARIABLE.matcher(text);
        return m.matches() ? Optional.of(name(m)) : Optional.empty();
    }

    private static String name(Matcher m) {
        return m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    }

    private static String value(String expr, Matcher m, long scrapeIntervalMillis) {
        String name = name(m);
        return switch (name) {
            case "__rate_interval" -> Math.max(4 * scrapeIntervalMillis / 1000, 60) + "s";
            case "__interval", "__step" -> Math.max(scrapeIntervalMillis / 1000, 15) + "s";
            case "__range" -> "1d";
            case "__range_s" -> "86400";
            case "__interval_ms", "__range_ms" -> "60000";
            // A dashboard's own variable where a duration stands ([$interval], [5m:$step], offset $shift) is an
            // interval variable; anywhere else it is a label value.
            default -> inDuration(expr, m.start()) ? Math.max(scrapeIntervalMillis / 1000, 15) + "s" : ".+";
        };
    }

    private static boolean inDuration(String expr, int start) {
        char quote = 0;
        for (int i = 0; i < start; i++) {
            char c = expr.charAt(i);
            if (quote != 0 && c == '\\' && quote != '`') {
                i++;
            } else if (quote != 0 && c == quote) {
                quote = 0;
            } else if (quote == 0 && (c == '"' || c == '\'' || c == '`')) {
                quote = c;
            }
        }
        if (quote != 0) {
            return false;
        }
        String before = expr.substring(0, start).stripTrailing();
        return before.endsWith("[") || before.endsWith(":") && before.lastIndexOf('[') > before.lastIndexOf(']')
                || before.endsWith("offset");
    }
}
