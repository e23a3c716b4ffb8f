package dev.obsgen.core.importer;

import java.util.Set;

/**
 * Java source text for imported values: string literals and text blocks that compile to exactly the value given
 * (backslashes, quotes, {@code """}, trailing spaces and control characters escaped), and identifiers made from
 * names such as {@code kubernetes-apps} or {@code node_cpu_seconds_total}.
 */
public final class JavaText {
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
            "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
            "native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile",
            "while", "true", "false", "null", "var", "yield", "record", "sealed", "permits", "define");

    private JavaText() {
    }

    /** Whether {@code word} is reserved in Java source (or is {@code define}, which the generated class declares). */
    public static boolean isKeyword(String word) {
        return KEYWORDS.contains(word) && !word.equals("define");
    }

    /** A one-line string literal with its quotes. */
    public static String literal(String value) {
        StringBuilder text = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '"' -> text.append("\\\"");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> appendPlain(text, c);
            }
        }
        return text.append('"').toString();
    }

    /**
     * The value as a literal when it is one line, otherwise as a text block whose lines start at {@code indent}
     * spaces; the first line of a text block is its opening {@code """}, so the call site continues after it.
     */
    public static String string(String value, int indent) {
        return value.contains("\n") ? textBlock(value, indent) : literal(value);
    }

    /**
     * A text block that compiles to exactly {@code value}. Its content lines are indented by {@code indent} spaces;
     * the closing delimiter ends the last line when the value has no final newline and a line that starts at the
     * margin fixes the indentation, and otherwise stands on its own line (a final {@code \} joining it when the value
     * has no final newline), so incidental indentation never eats the value's own.
     */
    public static String textBlock(String value, int indent) {
        String margin = " ".repeat(indent);
        boolean finalNewline = value.endsWith("\n");
        String body = finalNewline ? value.substring(0, value.length() - 1) : value;
        String[] lines = body.split("\n", -1);
        boolean fixedMargin = false;
        for (String line : lines) {
            if (!line.isEmpty() && line.charAt(0) != ' ' && line.charAt(0) != '\t') {
                fixedMargin = true;
                break;
            }
        }
        boolean closeOnLastLine = !finalNewline && fixedMargin;
        StringBuilder text = new StringBuilder("\"\"\"\n");
        for (int i = 0; i < lines.length; i++) {
            boolean last = i == lines.length - 1;
            String line = blockLine(lines[i], last && closeOnLastLine);
            text.append(line.isEmpty() ? "" : margin + line);
            if (last) {
                if (closeOnLastLine) {
                    text.append("\"\"\"");
                } else {
                    text.append(finalNewline ? "" : "\\").append('\n').append(margin).append("\"\"\"");
                }
            } else {
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static String blockLine(String line, boolean beforeDelimiter) {
        StringBuilder text = new StringBuilder();
        int quotes = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                // Two quotes in a row are text; a third would close the block, as would one right before the delimiter.
                boolean escape = quotes == 2 || beforeDelimiter && i == line.length() - 1;
                text.append(escape ? "\\\"" : "\"");
                quotes = escape ? 0 : quotes + 1;
                continue;
            }
            quotes = 0;
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\r' -> text.append("\\r");
                default -> appendPlain(text, c);
            }
        }
        // Trailing spaces would be stripped as incidental: the last one becomes \s, which keeps them all.
        int end = text.length();
        if (end > 0 && text.charAt(end - 1) == ' ') {
            text.replace(end - 1, end, "\\s");
        }
        return text.toString();
    }

    private static void appendPlain(StringBuilder text, char c) {
        if (c < 0x20 || c == 0x7f) {
            // Octal, not \\u: a Unicode escape of a control character is read before the literal is.
            text.append(String.format("\\%03o", (int) c));
        } else {
            text.append(c);
        }
    }

    /** A lowerCamelCase identifier from a name's letters and digits: {@code kubernetes-apps} is {@code kubernetesApps}. */
    public static String methodName(String name) {
        String camel = camel(name, false);
        if (camel.isEmpty()) {
            camel = "unnamed";
        }
        if (Character.isDigit(camel.charAt(0))) {
            camel = "group" + Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
        }
        return KEYWORDS.contains(camel) ? camel + "Group" : camel;
    }

    /** An UPPER_SNAKE_CASE constant name: {@code kube_pod_info} is {@code KUBE_POD_INFO}. */
    public static String constantName(String name) {
        StringBuilder text = new StringBuilder();
        boolean separator = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 0x80) {
                if (separator && !text.isEmpty()) {
                    text.append('_');
                }
                separator = false;
                text.append(Character.toUpperCase(c));
            } else {
                separator = true;
            }
        }
        if (text.isEmpty() || Character.isDigit(text.charAt(0))) {
            text.insert(0, "S_");
        }
        return text.toString();
    }

    private static String camel(String name, boolean upperFirst) {
        StringBuilder text = new StringBuilder();
        boolean upper = upperFirst;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 0x80) {
                if (text.isEmpty()) {
                    text.append(upperFirst ? Character.toUpperCase(c) : Character.toLowerCase(c));
                } else {
                    text.append(upper ? Character.toUpperCase(c) : c);
                }
                upper = false;
            } else {
                upper = true;
            }
        }
        return text.toString();
    }
}
