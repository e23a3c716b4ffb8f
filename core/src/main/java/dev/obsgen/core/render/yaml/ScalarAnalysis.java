package dev.obsgen.core.render.yaml;

import dev.obsgen.core.render.yaml.YamlEmitter.Requested;
import dev.obsgen.core.render.yaml.YamlEmitter.Style;

/**
 * What SnakeYAML's emitter (2.x, {@code analyzeScalar}) learns of a scalar's text, and the style it then writes for
 * the style Jackson requested ({@code chooseScalarStyle}, block context, never canonical). It mirrors the emitter's
 * rules one for one, quirks included (the look-ahead for "followed by whitespace" skips a character after a
 * supplementary one), because a single differing rule changes the bytes.
 */
record ScalarAnalysis(boolean empty, boolean multiline, boolean allowBlockPlain, boolean allowSingleQuoted,
                      boolean allowBlock) {
    private static final ScalarAnalysis EMPTY = new ScalarAnalysis(true, false, true, true, false);

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
        boolean blockIndicators = false;
        boolean lineBreaks = false;
        boolean specialCharacters = false;
        boolean leadingSpace = false;
        boolean leadingBreak = false;
        boolean trailingSpace = false;
        boolean trailingBreak = false;
        boolean breakSpace = false;
        boolean spaceBreak = false;

        if (scalar.startsWith("---") || scalar.startsWith("...")) {
            blockIndicators = true;
        }
        boolean precededByWhitespace = true;
        boolean followedByWhitespace = scalar.length() == 1 || isBlankOrBreakOrNul(scalar.codePointAt(1));
        boolean previousSpace = false;
        boolean previousBreak = false;
        int length = scalar.length();
        int index = 0;
        while (index < length) {
            int c = scalar.codePointAt(index);
            if (index == 0) {
                switch (c) {
                    case '#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`' ->
                            blockIndicators = true;
                    case '?', ':', '-' -> {
                        if (followedByWhitespace) {
                            blockIndicators = true;
                        }
                    }
                    default -> {
                    }
                }
            } else {
                if (c == ':' && followedByWhitespace) {
                    blockIndicators = true;
                }
                if (c == '#' && precededByWhitespace) {
                    blockIndicators = true;
                }
            }
            boolean isLineBreak = isLineBreak(c);
            if (isLineBreak) {
                lineBreaks = true;
            }
            if (!(c == '\n' || (0x20 <= c && c <= 0x7E))) {
                // Printable non-ASCII is written as it is (allowUnicode); anything else forces double quotes.
                boolean unicode = c == 0x85 || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                        || (c >= 0x10000 && c <= 0x10FFFF);
                if (!unicode) {
                    specialCharacters = true;
                }
            }
            if (c == ' ') {
                if (index == 0) {
                    leadingSpace = true;
                }
                if (index == length - 1) {
                    trailingSpace = true;
                }
                if (previousBreak) {
                    breakSpace = true;
                }
                previousSpace = true;
                previousBreak = false;
            } else if (isLineBreak) {
                if (index == 0) {
                    leadingBreak = true;
                }
                if (index == length - 1) {
                    trailingBreak = true;
                }
                if (previousSpace) {
                    spaceBreak = true;
                }
                previousSpace = false;
                previousBreak = true;
            } else {
                previousSpace = false;
                previousBreak = false;
            }
            index += Character.charCount(c);
            precededByWhitespace = isBlankOrNul(c) || isLineBreak;
            followedByWhitespace = true;
            if (index + 1 < length) {
                int nextIndex = index + Character.charCount(scalar.codePointAt(index));
                if (nextIndex < length) {
                    followedByWhitespace = isBlankOrNul(scalar.codePointAt(nextIndex)) || isLineBreak;
                }
            }
        }
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
        return new ScalarAnalysis(false, lineBreaks, allowBlockPlain, allowSingleQuoted, allowBlock);
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
