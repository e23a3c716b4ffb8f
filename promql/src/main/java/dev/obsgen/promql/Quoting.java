package dev.obsgen.promql;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The string quoting rules of PromQL: Go's escapes in {@code "..."} and {@code '...'}, none in
 * {@code `...`}. The lexer has already validated the escapes when these methods run.
 */
final class Quoting {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Quoting() {
    }

    /** The value of a string token including its quotes. */
    static String unquote(char[] src, int start, int end) {
        char quote = src[start];
        int from = start + 1;
        int to = end - 1;
        if (quote != '`') {
            for (int i = from; i < to; i++) {
                if (src[i] == '\\') {
                    return unescape(src, from, to);
                }
            }
        }
        return new String(src, from, to - from);
    }

    /**
     * Go strings are bytes: {@code "\xc3\xa9"} is "é". Building the bytes and decoding them as
     * UTF-8 at the end gives the same text Prometheus sees.
     */
    private static String unescape(char[] src, int from, int to) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
        int i = from;
        while (i < to) {
            char c = src[i];
            if (c != '\\') {
                int codePoint = c;
                int width = 1;
                if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(src[i + 1])) {
                    codePoint = Character.toCodePoint(c, src[i + 1]);
                    width = 2;
                }
                writeUtf8(bytes, codePoint);
                i += width;
                continue;
            }
            char e = src[i + 1];
            i += 2;
            switch (e) {
                case 'a' -> bytes.write(7);
                case 'b' -> bytes.write('\b');
                case 'f' -> bytes.write('\f');
                case 'n' -> bytes.write('\n');
                case 'r' -> bytes.write('\r');
                case 't' -> bytes.write('\t');
                case 'v' -> bytes.write(11);
                case 'x' -> {
                    bytes.write(digits(src, i, 2, 16));
                    i += 2;
                }
                case 'u' -> {
                    writeUtf8(bytes, digits(src, i, 4, 16));
                    i += 4;
                }
                case 'U' -> {
                    writeUtf8(bytes, digits(src, i, 8, 16));
                    i += 8;
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        bytes.write(digits(src, i - 1, 3, 8));
                        i += 2;
                    } else {
                        bytes.write(e);
                    }
                }
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int digits(char[] src, int at, int count, int base) {
        int value = 0;
        for (int i = at; i < at + count; i++) {
            value = value * base + Character.digit(src[i], base);
        }
        return value;
    }

    private static void writeUtf8(ByteArrayOutputStream out, int codePoint) {
        if (codePoint < 0x80) {
            out.write(codePoint);
        } else if (codePoint < 0x800) {
            out.write(0xC0 | (codePoint >> 6));
            out.write(0x80 | (codePoint & 0x3F));
        } else if (codePoint < 0x10000) {
            out.write(0xE0 | (codePoint >> 12));
            out.write(0x80 | ((codePoint >> 6) & 0x3F));
            out.write(0x80 | (codePoint & 0x3F));
        } else {
            out.write(0xF0 | (codePoint >> 18));
            out.write(0x80 | ((codePoint >> 12) & 0x3F));
            out.write(0x80 | ((codePoint >> 6) & 0x3F));
            out.write(0x80 | (codePoint & 0x3F));
        }
    }

    /** A double-quoted string literal that reads back as the same value. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2);
        appendQuoted(out, value);
        return out.toString();
    }

    static void appendQuoted(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 7 -> out.append("\\a");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case 11 -> out.append("\\v");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** {@code U+0063 'c'}, Go's {@code %#U}, as upstream's escape errors print a rune. */
    static String describeRune(int codePoint) {
        String hex = Integer.toHexString(codePoint).toUpperCase();
        StringBuilder out = new StringBuilder("U+");
        for (int i = hex.length(); i < 4; i++) {
            out.append('0');
        }
        out.append(hex);
        if (codePoint >= 0x20 && codePoint != 0x7f) {
            out.append(" '").appendCodePoint(codePoint).append('\'');
        }
        return out.toString();
    }
}
