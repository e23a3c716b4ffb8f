package dev.obsgen.core.importer.dashboard;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Java source for the values of imported dashboards: string literals, text blocks for multi-line text, numbers,
 * and lists and maps of JSON values ({@code List.of} and {@code Map.of} where they fit, the null-tolerant
 * {@code RawFields.array} and {@code RawFields.object} where a value is null or a map too large for {@code Map.of}).
 */
final class JavaText {
    static final String INDENT = "        ";
    private static final int LINE = 100;

    private JavaText() {
    }

    static String string(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            out.append(escape(text.charAt(i), true));
        }
        return out.append('"').toString();
    }

    /**
     * A text block for text of several lines, else a string literal. Trailing spaces Java would strip become
     * {@code \s}; the closing delimiter follows the last line unless the text ends in a newline.
     */
    static String text(String text, String indent) {
        if (text == null || !text.contains("\n") || text.contains("\r")) {
            return string(text);
        }
        StringBuilder out = new StringBuilder("\"\"\"\n");
        String[] lines = text.split("\n", -1);
        boolean endsInNewline = text.endsWith("\n");
        int count = endsInNewline ? lines.length - 1 : lines.length;
        for (int l = 0; l < count; l++) {
            String line = lines[l];
            StringBuilder escaped = new StringBuilder();
            for (int i = 0; i < line.length(); i++) {
                escaped.append(escape(line.charAt(i), false));
            }
            String body = escaped.toString().replace("\"\"\"", "\\\"\"\"");
            if (body.endsWith(" ") || body.endsWith("\t")) {
                body = body.substring(0, body.length() - 1) + (body.endsWith(" ") ? "\\s" : "\\t");
            }
            boolean lastLine = l == count - 1;
            if (lastLine && !endsInNewline && body.endsWith("\"")) {
                body = body.substring(0, body.length() - 1) + "\\\"";
            }
            out.append(body.isEmpty() ? "" : indent + body);
            if (!lastLine || endsInNewline) {
                out.append('\n');
            }
        }
        out.append(endsInNewline ? indent + "\"\"\"" : "\"\"\"");
        return out.toString();
    }

    private static String escape(char c, boolean inString) {
        return switch (c) {
            case '\\' -> "\\\\";
            case '"' -> inString ? "\\\"" : "\"";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> inString ? "\\t" : "\t";
            default -> c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c);
        };
    }

    static String number(Number value) {
        if (value instanceof Long l) {
            return l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE ? Long.toString(l) : l + "L";
        }
        if (value instanceof BigInteger b) {
            return b.bitLength() < 32 ? b.toString() : b + "L";
        }
        if (value instanceof Double d) {
            return Double.toString(d);
        }
        if (value instanceof BigDecimal b) {
            return Double.toString(b.doubleValue());
        }
        return value.toString();
    }

    /** A double for a typed field: {@code 80.0} as {@code 80}, Java widening it back. */
    static String decimal(double value) {
        if (value == Math.rint(value) && !Double.isInfinite(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** A JSON value (from {@link JsonValues#plain}) as a Java expression, on several lines when long. */
    static String value(Object value, String indent) {
        String flat = flat(value);
        if (flat.length() + indent.length() <= LINE || !(value instanceof Map<?, ?> || value instanceof List<?>)) {
            return flat;
        }
        String inner = indent + INDENT;
        List<String> parts = new ArrayList<>();
        String open;
        if (value instanceof List<?> list) {
            list.forEach(item -> parts.add(value(item, inner)));
            open = hasNull(list) ? "RawFields.array(" : "List.of(";
        } else {
            Map<?, ?> map = (Map<?, ?>) value;
            boolean small = map.size() <= 10 && !hasNull(map.values());
            map.forEach((k, v) -> parts.add(string((String) k) + ", " + value(v, inner)));
            open = small ? "Map.of(" : "RawFields.object(";
        }
        return open + "\n" + inner + String.join(",\n" + inner, parts) + ")";
    }

    private static String flat(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return string(s);
        }
        if (value instanceof Number n) {
            return number(n);
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(item -> parts.add(flat(item)));
            return (hasNull(list) ? "RawFields.array(" : "List.of(") + String.join(", ", parts) + ")";
        }
        Map<?, ?> map = (Map<?, ?>) value;
        List<String> parts = new ArrayList<>();
        map.forEach((k, v) -> parts.add(string((String) k) + ", " + flat(v)));
        boolean small = map.size() <= 10 && !hasNull(map.values());
        return (small ? "Map.of(" : "RawFields.object(") + String.join(", ", parts) + ")";
    }

    /** Without {@code contains(null)}, which the immutable collections refuse. */
    private static boolean hasNull(java.util.Collection<?> values) {
        return values.stream().anyMatch(java.util.Objects::isNull);
    }

    /** Whether {@link #value} of this value uses {@code List}, {@code Map} or {@code RawFields}. */
    static void collectImports(Object value, java.util.Set<String> imports) {
        if (value instanceof List<?> list) {
            imports.add(hasNull(list) ? "dev.obsgen.model.dashboard.RawFields" : "java.util.List");
            list.forEach(item -> collectImports(item, imports));
        } else if (value instanceof Map<?, ?> map) {
            boolean small = map.size() <= 10 && !hasNull(map.values());
            imports.add(small ? "java.util.Map" : "dev.obsgen.model.dashboard.RawFields");
            map.values().forEach(item -> collectImports(item, imports));
        }
    }
}
