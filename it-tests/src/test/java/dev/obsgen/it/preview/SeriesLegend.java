package dev.obsgen.it.preview;

import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The legend Grafana gives a series of a Prometheus query: the target's legend format with each {@code {{label}}}
 * replaced by the series' value of that label (empty when the series has none); without a format (blank or
 * {@code __auto}), the series' label set as PromQL writes it, or the query itself when the series has no labels.
 */
final class SeriesLegend {
    private static final Pattern LABEL = Pattern.compile("\\{\\{\\s*([^}\\s]+)\\s*}}");

    private SeriesLegend() {
    }

    static String of(String legendFormat, Map<String, String> labels, String expr) {
        if (legendFormat == null || legendFormat.isBlank() || legendFormat.equals("__auto")) {
            return labels.isEmpty() ? expr : labelSet(labels);
        }
        Matcher m = LABEL.matcher(legendFormat);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(labels.getOrDefault(m.group(1), "")));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String labelSet(Map<String, String> labels) {
        StringJoiner pairs = new StringJoiner(", ", "{", "}");
        labels.forEach((name, value) -> {
            if (!name.equals("__name__")) {
                pairs.add(name + "=\"" + value + "\"");
            }
        });
        String name = labels.getOrDefault("__name__", "");
        return pairs.length() == 2 ? name : name + pairs;
    }
}
