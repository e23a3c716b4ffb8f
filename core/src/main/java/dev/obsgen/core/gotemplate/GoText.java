package dev.obsgen.core.gotemplate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Go's rules for quoted text, as the template parser applies them: {@code strconv.Unquote} and
 * {@code strconv.UnquoteChar} for string and character literals, and {@code %q} and {@code %#U} for the way
 * Go's messages print text and runes.
 */
final class GoText {
    /** Go's {@code strconv.ErrSyntax}, which the template parser reports as it is. */
    static final String INVALID_SYNTAX = "invalid syntax";

    private GoText() {
    }

    /** Thrown where Go's {@code strconv} answers {@code ErrSyntax}. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;

        SyntaxError() {
            super(INVALID_SYNTAX, null, false, false);
        }
    }

    /** The value of a quoted ({@code "..."}) or raw ({@code `...`}) string literal, quotes included. */
    static String unquote(String literal) throws SyntaxError {
        if (literal.length() < 2 || literal.charAt(0) != literal.charAt(literal.length() - 1)) {
            throw new SyntaxError();
        }
        char quote = literal.charAt(0);
        String body = literal.substring(1, literal.length() - 1);
        if (quote == '`') {
            if (body.indexOf('`') >= 0) {
                throw new SyntaxError();
            }
            return body.replace("\r", "");
        }
        if (quote != '"' || body.indexOf('\n') >= 0) {
            throw new SyntaxError();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length());
        int[] at = {0};
        while (at[0] < body.length()) {
            int value = unquoteChar(body, at, quote);
            if (value < 0) {
                bytes.write(-value - 1);
            } else {
                bytes.writeBytes(new String(Character.toChars(value)).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Reads one character of a quoted literal at {@code at[0]} and moves past it, as Go's {@code UnquoteChar}: a
     * code point, or for a {@code \x} or octal escape, which stand for one byte, {@code -(byte + 1)}.
     */
    static int unquoteChar(String s, int[] at, char quote) throws SyntaxError {
        int i = at[0];
        if (i >= s.length()) {
            throw new SyntaxError();
        }
        char c = s.charAt(i);
        if (c == quote) {
            throw new SyntaxError();
        }
        if (c != '\\') {
            int codePoint = s.codePointAt(i);
            at[0] = i + Character.charCount(codePoint);
            return codePoint;
        }
        if (i + 1 >= s.length()) {
            throw new SyntaxError();
        }
        char escape = s.charAt(i + 1);
        i += 2;
        int value;
        switch (escape) {
            case 'a' -> value = 7;
            case 'b' -> value = '\b';
            case 'f' -> value = '\f';
            case 'n' -> value = '\n';
            case 'r' -> value = '\r';
            case 't' -> value = '\t';
            case 'v' -> value = 11;
            case '\\' -> value = '\\';
            case '\'', '"' -> {
                if (escape != quote) {
                    throw new SyntaxError();
                }
                value = escape;
            }
            case 'x', 'u', 'U' -> {
                int digits = escape == 'x' ? 2 : escape == 'u' ? 4 : 8;
                if (i + digits > s.length()) {
                    throw new SyntaxError();
                }
                long v = 0;
                for (int j = i; j < i + digits; j++) {
                    int d = Character.digit(s.charAt(j), 16);
                    if (d < 0 || s.charAt(j) > 0x7f) {
                        throw new SyntaxError();
                    }
                    v = v << 4 | d;
                }
                i += digits;
                if (escape == 'x') {
                    at[0] = i;
                    return (int) -(v + 1);
                }
                if (v > Character.MAX_CODE_POINT || v >= 0xD800 && v <= 0xDFFF) {
                    throw new SyntaxError();
                }
                value = (int) v;
            }
            default -> {
                if (escape < '0' || escape > '7' || i + 2 > s.length()) {
                    throw new SyntaxError();
                }
                int v = escape - '0';
                for (int j = i; j < i + 2; j++) {
                    int d = s.charAt(j) - '0';
                    if (d < 0 || d > 7) {
                        throw new SyntaxError();
                    }
                    v = v << 3 | d;
                }
                i += 2;
                if (v > 255) {
                    throw new SyntaxError();
                }
                at[0] = i;
                return -(v + 1);
            }
        }
        at[0] = i;
        return value;
    }

    /** Go's {@code %q}: the text double-quoted with Go's escapes, printable characters kept as they are. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case 7 -> out.append("\\a");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 11 -> out.append("\\v");
                default -> {
                    if (isPrint(c)) {
                        out.appendCodePoint(c);
                    } else if (c < ' ' || c == 0x7f) {
                        out.append(String.format("\\x%02x", c));
                    } else if (c < 0x10000) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.append(String.format("\\U%08x", c));
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    /** Go's {@code %#U}: {@code U+0041 'A'}, without the quoted rune when it is not printable. */
    static String describeRune(int codePoint) {
        String code = String.format("U+%04X", codePoint);
        return isPrint(codePoint) ? code + " '" + new String(Character.toChars(codePoint)) + "'" : code;
    }

    /** Go's {@code strconv.IsPrint}: letters, marks, numbers, punctuation, symbols and the ASCII space. */
    static boolean isPrint(int codePoint) {
        if (codePoint == ' ') {
            return true;
        }
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                 Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
                 Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                 Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
