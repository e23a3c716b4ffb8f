package dev.obsgen.core.check.promql;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a Grafana panel query into plain PromQL before it is parsed: the built-in interval variables become
 * durations ({@code $__rate_interval} the four scrape intervals Grafana itself uses at least), the range variables
 * a day, and a dashboard variable ({@code $flow}, {@code ${flow}}, {@code ${flow:regex}}, {@code [[flow]]}) the
 * regex {@code .+}, which any label matcher of a variable accepts.
 */
public final class GrafanaVariables {
    private static final Pattern VARIABLE = Pattern.compile(
            "\\$\\{([A-Za-z0-9_]+)(?::[^}]*)?}|\\[\\[([A-Za-z0-9_]+)(?::[^]]*)?]]|\\$([A-Za-z0-9_]+)");

    private GrafanaVariables() {
    }

    public static String substitute(String expr, long scrapeIntervalMillis) {
        String rateInterval = Math.max(4 * scrapeIntervalMillis / 1000, 60) + "s";
        String interval = Math.max(scrapeIntervalMillis / 1000, 15) + "s";
        Matcher m = VARIABLE.matcher(expr);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            String value = switch (name) {
                case "__rate_interval" -> rateInterval;
                case "__interval", "__step" -> interval;
                case "__range", "__range_s" -> "1d";
                case "__interval_ms", "__range_ms" -> "60000";
                default -> ".+";
            };
            if (name.equals("__range_s")) {
                value = "86400";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
