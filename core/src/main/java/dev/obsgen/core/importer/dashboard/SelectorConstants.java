package dev.obsgen.core.importer.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label matchers on a dashboard variable, such as {@code cluster="$cluster"}, that three or more of a
 * dashboard's queries repeat: each becomes a local {@code String} named after its label, and the one-line queries
 * are written around it, as the model's own dashboards pass a flow's matcher to their panels.
 */
final class SelectorConstants {
    private static final Pattern MATCHER = Pattern.compile(
            "[a-zA-Z_][a-zA-Z0-9_]*\\s*(?:=~|!~|!=|=)\\s*\"\\$(?:\\{[A-Za-z0-9_]+(?::[A-Za-z]+)?}|[A-Za-z0-9_]+)\"");
    private static final int REPEATED = 3;

    private final Map<String, String> names = new LinkedHashMap<>();
    private final List<String> declarations = new ArrayList<>();

    /** @param taken local names already in use */
    SelectorConstants(List<String> expressions, Set<String> taken) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String expr : expressions) {
            if (expr.contains("\n")) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            Matcher m = MATCHER.matcher(expr);
            while (m.find()) {
                if (seen.add(m.group())) {
                    counts.merge(m.group(), 1, Integer::sum);
                }
            }
        }
        Set<String> used = new HashSet<>(taken);
        counts.forEach((matcher, count) -> {
            if (count >= REPEATED) {
                String label = matcher.replaceFirst("^([a-zA-Z_][a-zA-Z0-9_]*).*$", "$1");
                String name = Identifiers.camel(label, "matcher");
                if (name.endsWith("Dashboard") || name.startsWith("matcher") || used.contains(name)) {
                    name = Identifiers.unique(Identifiers.camel(label, "matcher") + "Matcher", used);
                }
                used.add(name);
                names.put(matcher, name);
                declarations.add("String " + name + " = " + JavaText.string(matcher) + ";");
            }
        });
    }

    static List<String> expressions(JsonNode dashboard) {
        List<String> out = new ArrayList<>();
        List<JsonNode> panels = new ArrayList<>();
        dashboard.path("panels").forEach(p -> {
            panels.add(p);
            p.path("panels").forEach(panels::add);
        });
        dashboard.path("rows").forEach(r -> r.path("panels").forEach(panels::add));
        for (JsonNode p : panels) {
            p.path("targets").forEach(t -> out.add(t.path("expr").asText("")));
        }
        return out;
    }

    List<String> declarations() {
        return declarations;
    }

    /** The query as Java: a text block, or a literal, or literals joined around the constants it holds. */
    String code(String expr, String indent) {
        if (expr.contains("\n") || names.isEmpty()) {
            return JavaText.text(expr, indent);
        }
        List<String> parts = new ArrayList<>();
        Matcher m = MATCHER.matcher(expr);
        int from = 0;
        while (m.find()) {
            String name = names.get(m.group());
            if (name == null) {
                continue;
            }
            if (m.start() > from) {
                parts.add(JavaText.string(expr.substring(from, m.start())));
            }
            parts.add(name);
            from = m.end();
        }
        if (from < expr.length()) {
            parts.add(JavaText.string(expr.substring(from)));
        }
        return parts.isEmpty() ? JavaText.string(expr) : String.join(" + ", parts);
    }
}
