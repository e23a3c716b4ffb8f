package dev.obsgen.core.render.yaml;

import dev.obsgen.core.render.yaml.YamlEmitter.Requested;
import java.util.Set;

/**
 * The style Jackson's YAML generator (2.17+, {@code StringQuotingChecker.Default}) asks for, with MINIMIZE_QUOTES,
 * ALWAYS_QUOTE_NUMBERS_AS_STRINGS and LITERAL_BLOCK_STYLE: a literal block for text with a line break, double quotes
 * for YAML 1.1 booleans and nulls, number-like text and text a plain scalar would misread, plain otherwise.
 */
final class YamlQuoting {
    private static final Set<String> RESERVED_KEYWORDS = Set.of(
            "false", "False", "FALSE", "n", "N", "no", "No", "NO", "null", "Null", "NULL",
            "on", "On", "ON", "off", "Off", "OFF", "true", "True", "TRUE", "y", "Y", "yes", "Yes", "YES");

    private YamlQuoting() {
    }

    static Requested requestedForString(String text) {
        if (text.isEmpty()) {
            return Requested.DOUBLE_QUOTED;
        }
        if (text.indexOf('\n') >= 0) {
            return Requested.LITERAL;
        }
        if (isReservedKeyword(text) || valueHasQuotableChar(text) || isPlainNumber(text)) {
            return Requested.DOUBLE_QUOTED;
        }
        return Requested.PLAIN;
    }

    static boolean needToQuoteName(String name) {
        return isReservedKeyword(name) || looksLikeNumber(name) || hasControlCharacter(name);
    }

    private static boolean isReservedKeyword(String value) {
        if (value.isEmpty()) {
            return true;
        }
        return switch (value.charAt(0)) {
            case 'f', 'n', 'o', 't', 'y', 'F', 'N', 'O', 'T', 'Y' -> RESERVED_KEYWORDS.contains(value);
            case '~' -> true;
            default -> false;
        };
    }

    private static boolean looksLikeNumber(String name) {
        if (name.isEmpty()) {
            return false;
        }
        char first = name.charAt(0);
        return (first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.';
    }

    private static boolean valueHasQuotableChar(String text) {
        int end = text.length();
        for (int i = 0; i < end; i++) {
            switch (text.charAt(i)) {
                case '[', ']', '{', '}', ',' -> {
                    return true;
                }
                case '#' -> {
                    if (i == 0 || isBlank(text.charAt(i - 1))) {
                        return true;
                    }
                }
                case ':' -> {
                    if (i == end - 1 || isBlank(text.charAt(i + 1))) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean hasControlCharacter(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) < 0x20) {
                return true;
            }
        }
        return false;
    }

    // Jackson's PLAIN_NUMBER_P, "[+-]?[0-9]*(\.[0-9]*)?", without the regular expression (it matches "", "-", ".").
    private static boolean isPlainNumber(String text) {
        int i = 0;
        int n = text.length();
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        if (i < n && text.charAt(i) == '.') {
            i++;
            while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
            }
        }
        return i == n;
    }
}
