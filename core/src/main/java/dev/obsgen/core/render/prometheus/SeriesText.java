package dev.obsgen.core.render.prometheus;

import java.util.Map;

/** A series in PromQL selector notation ({@code name{a="x", b="y"}}), label values escaped as PromQL strings. */
public final class SeriesText {
    private SeriesText() {
    }

    public static String of(String metric, Map<String, String> labels) {
        if (labels.isEmpty()) {
            return metric;
        }
        StringBuilder out = new StringBuilder(metric.length() + 16 * labels.size()).append(metric).append('{');
        String separator = "";
        for (Map.Entry<String, String> label : labels.entrySet()) {
            out.append(separator).append(label.getKey()).append('=');
            quote(label.getValue(), out);
            separator = ", ";
        }
        return out.append('}').toString();
    }

    public static String quote(String value) {
        return quote(value, new StringBuilder(value.length() + 2)).toString();
    }

    private static StringBuilder quote(String value, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.append('"');
    }
}
