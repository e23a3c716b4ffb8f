package dev.obsgen.core.render.prometheus;

import java.util.Map;
import java.util.stream.Collectors;

/** A series in PromQL selector notation ({@code name{a="x", b="y"}}), label values escaped as PromQL strings. */
public final class SeriesText {
    private SeriesText() {
    }

    public static String of(String metric, Map<String, String> labels) {
        if (labels.isEmpty()) {
            return metric;
        }
        return labels.entrySet().stream()
                .map(e -> e.getKey() + "=" + quote(e.getValue()))
                .collect(Collectors.joining(", ", metric + "{", "}"));
    }

    public static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
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
        return out.append('"').toString();
    }
}
