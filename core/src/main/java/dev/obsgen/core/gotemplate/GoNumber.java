package dev.obsgen.core.gotemplate;

import dev.obsgen.promql.NumberSyntax;
import java.math.BigInteger;

/**
 * Whether a number or character constant is one Go's template parser accepts. The lexer is lenient (it takes
 * {@code 089} and {@code 0x0.2}); the parser then tries the text as Go's {@code strconv} would, as an unsigned
 * and a signed 64-bit integer, then as a float, and rejects what none of them reads.
 */
final class GoNumber {
    private static final BigInteger UINT64_LIMIT = BigInteger.ONE.shiftLeft(64);
    private static final BigInteger INT64_LIMIT = BigInteger.ONE.shiftLeft(63);

    private GoNumber() {
    }

    /** Why the parser rejects the constant, in Go's words, or null when it reads it. */
    static String problem(String text, TokenKind kind) {
        if (kind == TokenKind.CHAR_CONSTANT) {
            return charConstantProblem(text);
        }
        if (kind == TokenKind.COMPLEX) {
            return isComplex(text) ? null : "syntax error scanning complex number";
        }
        if (text.endsWith("i") && isFloat(text.substring(0, text.length() - 1))) {
            return null;
        }
        if (isUint(text) || isInt(text)) {
            return null;
        }
        if (isFloat(text)) {
            // Go reads a huge integer as a float; without a fraction or exponent it is an overflow.
            return text.matches(".*[.eEpP].*") ? null : "integer overflow: " + GoText.quote(text);
        }
        return "illegal number syntax: " + GoText.quote(text);
    }

    private static String charConstantProblem(String text) {
        int[] at = {1};
        try {
            GoText.unquoteChar(text, at, '\'');
        } catch (GoText.SyntaxError e) {
            return GoText.INVALID_SYNTAX;
        }
        return text.substring(at[0]).equals("'") ? null : "malformed character constant: " + text;
    }

    /** {@code 1+2i}: Go hands the pair to {@code fmt.Sscan}, which wants a float on each side of the sign. */
    private static boolean isComplex(String text) {
        if (!text.endsWith("i")) {
            return false;
        }
        for (int split = 1; split < text.length() - 1; split++) {
            char c = text.charAt(split);
            if ((c == '+' || c == '-') && isFloat(text.substring(0, split))
                    && isFloat(text.substring(split, text.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** {@code strconv.ParseUint(text, 0, 64)} succeeds. */
    static boolean isUint(String text) {
        return uint64(text) != null;
    }

    /** {@code strconv.ParseInt(text, 0, 64)} succeeds. */
    static boolean isInt(String text) {
        boolean negative = text.startsWith("-");
        String digits = text.startsWith("+") || negative ? text.substring(1) : text;
        BigInteger value = uint64(digits);
        if (value == null) {
            return false;
        }
        return negative ? value.compareTo(INT64_LIMIT) <= 0 : value.compareTo(INT64_LIMIT) < 0;
    }

    /** Base 0: {@code 0x}, {@code 0o}, {@code 0b} and a leading {@code 0} (octal) pick the base. */
    private static BigInteger uint64(String s) {
        if (s.isEmpty()) {
            return null;
        }
        int base = 10;
        String digits = s;
        if (s.charAt(0) == '0') {
            char prefix = s.length() >= 3 ? Character.toLowerCase(s.charAt(1)) : 0;
            if (prefix == 'b' || prefix == 'o' || prefix == 'x') {
                base = prefix == 'b' ? 2 : prefix == 'o' ? 8 : 16;
                digits = s.substring(2);
            } else {
                base = 8;
                digits = s.substring(1);
            }
        }
        BigInteger value = BigInteger.ZERO;
        boolean underscores = false;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c == '_') {
                underscores = true;
                continue;
            }
            int d = c > 0x7f ? -1 : Character.digit(c, 36);
            if (d < 0 || d >= base) {
                return null;
            }
            value = value.multiply(BigInteger.valueOf(base)).add(BigInteger.valueOf(d));
        }
        if (underscores && !underscoreOk(s) || value.compareTo(UINT64_LIMIT) >= 0) {
            return null;
        }
        return value;
    }

    /** {@code strconv.ParseFloat(text, 64)} succeeds: Go's float syntax, and no overflow. */
    static boolean isFloat(String s) {
        int i = 0;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        boolean hex = i + 2 < s.length() && s.charAt(i) == '0' && Character.toLowerCase(s.charAt(i + 1)) == 'x';
        if (hex) {
            i += 2;
        }
        boolean underscores = false;
        boolean sawDot = false;
        boolean sawDigits = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                underscores = true;
            } else if (c == '.') {
                if (sawDot) {
                    break;
                }
                sawDot = true;
            } else if (c >= '0' && c <= '9' || hex && Character.toLowerCase(c) >= 'a' && Character.toLowerCase(c) <= 'f') {
                sawDigits = true;
            } else {
                break;
            }
        }
        if (!sawDigits) {
            return false;
        }
        if (i < s.length() && Character.toLowerCase(s.charAt(i)) == (hex ? 'p' : 'e')) {
            i++;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            if (i >= s.length() || s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
            for (; i < s.length() && (s.charAt(i) >= '0' && s.charAt(i) <= '9' || s.charAt(i) == '_'); i++) {
                underscores |= s.charAt(i) == '_';
            }
        } else if (hex) {
            return false;
        }
        if (i != s.length() || underscores && !underscoreOk(s)) {
            return false;
        }
        try {
            return !Double.isInfinite(Double.parseDouble(s.replace("_", "")));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Go's rule for digit separators, the one PromQL's numbers follow too. */
    private static boolean underscoreOk(String s) {
        return NumberSyntax.underscoreOk(s.toCharArray(), 0, s.length());
    }
}
