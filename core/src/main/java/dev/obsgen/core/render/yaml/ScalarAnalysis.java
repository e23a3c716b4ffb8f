package dev.obsgen.core.render.yaml;

import dev.obsgen.core.render.yaml.YamlEmitter.Requested;
import dev.obsgen.core.render.yaml.YamlEmitter.Style;

/**
 * What SnakeYAML's emitter (2.x, {@code analyzeScalar}) learns of a scalar's text, and the style it then writes for
 * the style Jackson requested ({@code chooseScalarStyle}, block context, never canonical). It mirrors the emitter's
 * rules one for one, quirks included, because a single differing rule changes the bytes. {@code otherLineBreaks}
 * says the text holds a line break other than {@code \n} (NEL, U+2028, U+2029), which the emitter leaves to the
 * mapper.
 */
record ScalarAnalysis(boolean empty, boolean multiline, boolean otherLineBreaks, boolean allowBlockPlain,
                      boolean allowSingleQuoted, boolean allowBlock) {
    private static final ScalarAnalysis EMPTY = new ScalarAnalysis(true, false, false, true, true, false);

    Style style(Requested requested, boolean simpleKey) {
        if (requested == Requested.DOUBLE_QUOTED) {
            return Style.DOUBLE_QUOTED;
        }
        if (requested == Requested.PLAIN && !(simpleKey && (empty || multiline)) && allowBlockPlain) {
            return Style.PLAIN;
        }
        if (requested == Requested.LITERAL && !simpleKey && allowBlock) {
            return Style.LITERAL;
        }
        if (requested == Requested.PLAIN && allowSingleQuoted && !(simpleKey && multiline)) {
            return Style.SINGLE_QUOTED;
        }
        return Style.DOUBLE_QUOTED;
    }

    static ScalarAnalysis of(String scalar) {
        if (scalar.isEmpty()) {
            return EMPTY;
        }
        int length = scalar.length();
        boolean blockIndicators = scalar.startsWith("---") || scalar.startsWith("...");
        boolean lineBreaks = false;
        boolean otherLineBreaks = false;
        boolean specialCharacters = false;
        boolean breakSpace = false;
        boolean spaceBreak = false;
        boolean previousSpace = false;
        boolean previousBreak = false;
        // SnakeYAML walks code points and looks one code point ahead; every character it tests against (indicators,
        // blanks, breaks) is a single UTF-16 unit, so walking units gives the same answers: a surrogate pair is
        // two ordinary units, a lone surrogate a special character.
        for (int i = 0; i < length; i++) {
            char c = scalar.charAt(i);
            if (c == ' ') {
                if (previousBreak) {
                    breakSpace = true;
                }
                previousSpace = true;
                previousBreak = false;
                continue;
            }
            if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                lineBreaks = true;
                otherLineBreaks |= c != '\n';
                if (previousSpace) {
                    spaceBreak = true;
                }
                previousSpace = false;
                previousBreak = true;
                continue;
            }
            previousSpace = false;
            previousBreak = false;
            if (c >= 0x20 && c <= 0x7E) {
                if (i == 0) {
                    blockIndicators |= isLeadingIndicator(c, scalar);
                } else if (c == ':') {
                    // SnakeYAML's look-ahead also counts a ':' right after a line break as followed by whitespace.
                    blockIndicators |= i + 1 >= length || isBlankOrNul(scalar.charAt(i + 1))
                            || isLineBreak(scalar.charAt(i - 1));
                } else if (c == '#') {
                    char before = scalar.charAt(i - 1);
                    blockIndicators |= isBlankOrNul(before) || isLineBreak(before);
                }
            } else if (!isPrintableUnicode(scalar, i, c)) {
                specialCharacters = true;
            }
        }
        char first = scalar.charAt(0);
        char last = scalar.charAt(length - 1);
        boolean leadingSpace = first == ' ';
        boolean leadingBreak = isLineBreak(first);
        boolean trailingSpace = last == ' ';
        boolean trailingBreak = isLineBreak(last);
        boolean allowBlockPlain = true;
        boolean allowSingleQuoted = true;
        boolean allowBlock = true;
        if (leadingSpace || leadingBreak || trailingSpace || trailingBreak || hasLeadingZero(scalar)) {
            allowBlockPlain = false;
        }
        if (trailingSpace) {
            allowBlock = false;
        }
        if (breakSpace) {
            allowBlockPlain = false;
            allowSingleQuoted = false;
        }
        if (spaceBreak || specialCharacters) {
            allowBlockPlain = false;
            allowSingleQuoted = false;
            allowBlock = false;
        }
        if (blockIndicators) {
            allowBlockPlain = false;
        }
        return new ScalarAnalysis(false, lineBreaks, otherLineBreaks, allowBlockPlain, allowSingleQuoted, allowBlock);
    }

    /**
     * The analysis of a text Jackson asks to write as a literal block, for which SnakeYAML reads only whether a
     * block is allowed (no special character, no space before a line break, none at the end); the other answers
     * are left false. One tight pass, as these are the long texts (a dashboard's JSON).
     */
    static ScalarAnalysis forLiteral(String text) {
        // An array, not charAt: this runs once over each dashboard's JSON, mostly before the JIT has compiled it.
        char[] chars = text.toCharArray();
        int length = chars.length;
        boolean otherLineBreaks = false;
        boolean allowBlock = chars[length - 1] != ' ';
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c >= 0x20 && c <= 0x7E) {
                continue;
            }
            if (c == '\n') {
                if (i > 0 && chars[i - 1] == ' ') {
                    allowBlock = false;
                }
            } else if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
                otherLineBreaks = true;
            } else if (!isPrintableUnicode(text, i, c)) {
                allowBlock = false;
            }
        }
        return new ScalarAnalysis(false, true, otherLineBreaks, false, false, allowBlock);
    }

    private static boolean isLeadingIndicator(char c, String scalar) {
        return switch (c) {
            case '#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`' -> true;
            case '?', ':', '-' -> scalar.length() == 1 || isBlankOrBreakOrNul(scalar.charAt(1));
            default -> false;
        };
    }

    // Written as it is (allowUnicode): NEL, the BMP outside controls and surrogates, and whole surrogate pairs.
    private static boolean isPrintableUnicode(String scalar, int i, char c) {
        if (c == 0x85 || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < scalar.length() && Character.isLowSurrogate(scalar.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(scalar.charAt(i - 1));
        }
        return false;
    }

    // "0[0-9_]+": read as an octal number by YAML 1.1, so never plain.
    private static boolean hasLeadingZero(String scalar) {
        if (scalar.length() < 2 || scalar.charAt(0) != '0') {
            return false;
        }
        for (int i = 1; i < scalar.length(); i++) {
            char c = scalar.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return true;
    }

    static boolean isLineBreak(int c) {
        return c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    private static boolean isBlankOrNul(int c) {
        return c == ' ' || c == '\t' || c == 0;
    }

    private static boolean isBlankOrBreakOrNul(int c) {
        return isBlankOrNul(c) || c == '\r' || isLineBreak(c);
    }
}
