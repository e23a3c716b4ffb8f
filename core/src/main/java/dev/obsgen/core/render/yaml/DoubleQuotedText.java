package dev.obsgen.core.render.yaml;

/**
 * The inside of a double-quoted scalar as SnakeYAML's emitter writes it with lines never split: printable ASCII
 * and printable non-ASCII as they are (allowUnicode), the named escapes ({@code \n}, {@code \t}, {@code \N},
 * {@code \_} for a no-break space, {@code \L}, {@code \P}, ...), other characters as {@code \xXX}, {@code \}{@code
 * uXXXX} or {@code \UXXXXXXXX}.
 */
final class DoubleQuotedText {
    private DoubleQuotedText() {
    }

    static void append(String text, YamlOutput out) {
        int n = text.length();
        int start = 0;
        for (int end = 0; end < n; end++) {
            char ch = text.charAt(end);
            if (ch >= 0x20 && ch <= 0x7E && ch != '"' && ch != '\\') {
                continue;
            }
            out.append(text, start, end);
            String named = named(ch);
            if (named != null) {
                out.append('\\').append(named);
            } else {
                int codePoint = Character.isHighSurrogate(ch) && end + 1 < n
                        ? Character.toCodePoint(ch, text.charAt(end + 1))
                        : ch;
                if (isPrintable(codePoint)) {
                    out.appendCodePoint(codePoint);
                    if (Character.charCount(codePoint) == 2) {
                        end++;
                    }
                } else if (ch <= 0xFF) {
                    out.append("\\x").append(hex(ch, 2));
                } else if (Character.charCount(codePoint) == 2) {
                    end++;
                    out.append("\\U").append(hex(codePoint, 8));
                } else {
                    out.append("\\u").append(hex(ch, 4));
                }
            }
            start = end + 1;
        }
        out.append(text, start, n);
    }

    private static String named(char ch) {
        return switch (ch) {
            case '\0' -> "0";
            case '\u0007' -> "a";
            case '\b' -> "b";
            case '\t' -> "t";
            case '\n' -> "n";
            case '\u000B' -> "v";
            case '\f' -> "f";
            case '\r' -> "r";
            case '\u001B' -> "e";
            case '"' -> "\"";
            case '\\' -> "\\";
            case '\u0085' -> "N";
            case '\u00A0' -> "_";
            case '\u2028' -> "L";
            case '\u2029' -> "P";
            default -> null;
        };
    }

    private static boolean isPrintable(int c) {
        return (c >= 0x20 && c <= 0x7E) || c == 0x9 || c == 0xA || c == 0xD || c == 0x85
                || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private static String hex(int value, int digits) {
        String s = Integer.toHexString(value);
        return "0".repeat(Math.max(0, digits - s.length())) + s;
    }
}
