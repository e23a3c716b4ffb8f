package dev.obsgen.promql;

/**
 * Reads a number token the way upstream does: Go's {@code strconv.ParseInt(s, 0, 64)} first
 * (so {@code 0x1f} is hex and {@code 0755} octal), then {@code strconv.ParseFloat(s, 64)}
 * (so {@code 0789} is 789 and {@code 1e400} is out of range). Its rule for digit separators is public, because Go
 * templates write numbers in the same syntax.
 */
public final class NumberSyntax {

    private NumberSyntax() {
    }

    /** @throws IllegalArgumentException if Go's parsers would both fail */
    static double parse(char[] src, int start, int end) {
        int length = end - start;
        if (length == 1 && Lexer.isDigit(src[start])) {
            return src[start] - '0';
        }
        long integer = parseGoInt(src, start, end);
        if (integer != NOT_AN_INT) {
            return integer;
        }
        return parseGoFloat(src, start, end);
    }

    private static final long NOT_AN_INT = Long.MIN_VALUE;

    /** Go's ParseInt with base 0 for a token without sign; NOT_AN_INT on any error. */
    private static long parseGoInt(char[] s, int start, int end) {
        int i = start;
        int base = 10;
        if (s[i] == '0') {
            if (end - start >= 3 && (s[i + 1] == 'x' || s[i + 1] == 'X')) {
                base = 16;
                i += 2;
            } else if (end - start >= 3 && (s[i + 1] == 'o' || s[i + 1] == 'O')) {
                base = 8;
                i += 2;
            } else if (end - start >= 3 && (s[i + 1] == 'b' || s[i + 1] == 'B')) {
                base = 2;
                i += 2;
            } else {
                base = 8;
                i += 1;
            }
        }
        boolean underscores = false;
        long value = 0;
        for (; i < end; i++) {
            char c = s[i];
            if (c == '_') {
                underscores = true;
                continue;
            }
            int digit;
            if (c >= '0' && c <= '9') {
                digit = c - '0';
            } else if (c >= 'a' && c <= 'z') {
                digit = c - 'a' + 10;
            } else if (c >= 'A' && c <= 'Z') {
                digit = c - 'A' + 10;
            } else {
                return NOT_AN_INT;
            }
            if (digit >= base) {
                return NOT_AN_INT;
            }
            if (value > (Long.MAX_VALUE - digit) / base) {
                return NOT_AN_INT;
            }
            value = value * base + digit;
        }
        if (underscores && !underscoreOk(s, start, end)) {
            return NOT_AN_INT;
        }
        return value;
    }

    private static double parseGoFloat(char[] s, int start, int end) {
        if (Lexer.isAlpha(s[start])) {
            String special = new String(s, start, end - start).toLowerCase(java.util.Locale.ROOT);
            switch (special) {
                case "inf", "infinity" -> {
                    return Double.POSITIVE_INFINITY;
                }
                case "nan" -> {
                    return Double.NaN;
                }
                default -> throw invalid(s, start, end);
            }
        }
        if (end - start >= 2 && s[start] == '0' && (s[start + 1] == 'x' || s[start + 1] == 'X')) {
            // A hexadecimal float needs a 'p' exponent, which the lexer never lets through.
            throw invalid(s, start, end);
        }
        int i = start;
        boolean underscores = false;
        boolean sawDot = false;
        boolean sawDigits = false;
        for (; i < end; i++) {
            char c = s[i];
            if (c == '_') {
                underscores = true;
            } else if (c == '.' && !sawDot) {
                sawDot = true;
            } else if (c >= '0' && c <= '9') {
                sawDigits = true;
            } else {
                break;
            }
        }
        if (!sawDigits) {
            throw invalid(s, start, end);
        }
        if (i < end && (s[i] == 'e' || s[i] == 'E')) {
            i++;
            if (i < end && (s[i] == '+' || s[i] == '-')) {
                i++;
            }
            boolean exponentDigits = false;
            for (; i < end; i++) {
                char c = s[i];
                if (c == '_') {
                    underscores = true;
                } else if (c >= '0' && c <= '9') {
                    exponentDigits = true;
                } else {
                    break;
                }
            }
            if (!exponentDigits) {
                throw invalid(s, start, end);
            }
        }
        if (i != end || (underscores && !underscoreOk(s, start, end))) {
            throw invalid(s, start, end);
        }
        String text = new String(s, start, end - start);
        // Java's grammar is a superset of what was validated above, and rounds the same way as Go.
        double value = Double.parseDouble(underscores ? text.replace("_", "") : text);
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException("error parsing number: strconv.ParseFloat: parsing "
                    + Quoting.quote(text) + ": value out of range");
        }
        return value;
    }

    /**
     * Go's underscoreOK: underscores only between digits, or between a base prefix and a digit, after an optional
     * sign (which a PromQL number token never has).
     */
    public static boolean underscoreOk(char[] s, int start, int end) {
        char saw = '^';
        int i = start;
        if (i < end && (s[i] == '-' || s[i] == '+')) {
            i++;
            start++;
        }
        boolean hex = false;
        if (end - start >= 2 && s[i] == '0') {
            char prefix = Character.toLowerCase(s[i + 1]);
            if (prefix == 'b' || prefix == 'o' || prefix == 'x') {
                i += 2;
                saw = '0';
                hex = prefix == 'x';
            }
        }
        for (; i < end; i++) {
            char c = s[i];
            if ((c >= '0' && c <= '9') || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))) {
                saw = '0';
                continue;
            }
            if (c == '_') {
                if (saw != '0') {
                    return false;
                }
                saw = '_';
                continue;
            }
            if (saw == '_') {
                return false;
            }
            saw = '!';
        }
        return saw != '_';
    }

    private static IllegalArgumentException invalid(char[] s, int start, int end) {
        return new IllegalArgumentException("error parsing number: strconv.ParseFloat: parsing "
                + Quoting.quote(new String(s, start, end - start)) + ": invalid syntax");
    }
}
