package dev.obsgen.promql;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles the RE2 regular expressions of label matchers with {@link java.util.regex}.
 *
 * <p>Prometheus anchors them ({@code ^(?s:re)$}) and uses Go's RE2 syntax. The two syntaxes
 * mostly agree; this class rewrites the RE2 forms Java spells differently (named groups,
 * POSIX classes, a literal {@code [} or {@code {}) and rejects the Java-only constructs RE2
 * refuses (look-around, back-references, possessive and atomic groups), so that a regex is
 * accepted here exactly when Prometheus would accept it in the common cases.
 */
final class LabelRegex {

    private static final int CACHE_LIMIT = 4096;
    private static final int MAX_REPEAT = 1000;
    private static final int NO_REPEAT = 0;
    private static final int GREEDY_REPEAT = 1;
    private static final int LAZY_REPEAT = 2;
    private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

    private LabelRegex() {
    }

    /** @throws IllegalArgumentException with a reason if RE2 would reject the expression */
    static Pattern compile(String re2) {
        Pattern cached = CACHE.get(re2);
        if (cached != null) {
            return cached;
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile("(?s:" + translate(re2) + ")");
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(e.getDescription(), e);
        }
        if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(re2, pattern);
        return pattern;
    }

    static String translate(String re) {
        StringBuilder out = new StringBuilder(re.length() + 8);
        int length = re.length();
        boolean inClass = false;
        int classStart = -1;
        int repeat = NO_REPEAT;
        int i = 0;
        while (i < length) {
            char c = re.charAt(i);
            if (c == '\\') {
                if (i + 1 >= length) {
                    throw new IllegalArgumentException("trailing backslash at end of expression");
                }
                char escaped = re.charAt(i + 1);
                if (escaped >= '1' && escaped <= '9' && !inClass) {
                    throw new IllegalArgumentException("invalid escape sequence: \\" + escaped);
                }
                if (escaped == 'Q') {
                    int end = re.indexOf("\\E", i + 2);
                    int stop = end < 0 ? length : end;
                    appendLiteral(out, re.substring(i + 2, stop));
                    i = end < 0 ? length : end + 2;
                    repeat = NO_REPEAT;
                    continue;
                }
                out.append(c).append(escaped);
                i += 2;
                repeat = NO_REPEAT;
                continue;
            }
            if (inClass) {
                if (c == '[' && i + 1 < length && re.charAt(i + 1) == ':') {
                    int close = re.indexOf(":]", i + 2);
                    if (close > 0) {
                        out.append(posixClass(re.substring(i + 2, close)));
                        i = close + 2;
                        continue;
                    }
                }
                if (c == ']' && i > classStart + 1 && !(i == classStart + 2 && re.charAt(classStart + 1) == '^')) {
                    inClass = false;
                    out.append(']');
                } else if (c == '[' || c == '&' || (c == ']')) {
                    out.append('\\').append(c);
                } else {
                    out.append(c);
                }
                i++;
                continue;
            }
            switch (c) {
                case '[' -> {
                    inClass = true;
                    classStart = i;
                    out.append('[');
                    i++;
                    repeat = NO_REPEAT;
                }
                case '(' -> {
                    i = openGroup(re, i, out);
                    repeat = NO_REPEAT;
                }
                case '*', '+', '?' -> {
                    if (c == '?' && repeat == GREEDY_REPEAT) {
                        repeat = LAZY_REPEAT;
                    } else if (repeat != NO_REPEAT) {
                        throw nestedRepetition(re.substring(Math.max(0, i - 1), i + 1));
                    } else {
                        repeat = GREEDY_REPEAT;
                    }
                    out.append(c);
                    i++;
                }
                case '{' -> {
                    int end = repeatEnd(re, i);
                    if (end < 0) {
                        out.append("\\{");
                        i++;
                        repeat = NO_REPEAT;
                    } else {
                        if (repeat != NO_REPEAT) {
                            throw nestedRepetition(re.substring(i, end));
                        }
                        out.append(re, i, end);
                        i = end;
                        repeat = GREEDY_REPEAT;
                    }
                }
                case '}' -> {
                    out.append("\\}");
                    i++;
                    repeat = NO_REPEAT;
                }
                default -> {
                    out.append(c);
                    i++;
                    repeat = NO_REPEAT;
                }
            }
        }
        if (inClass) {
            throw new IllegalArgumentException("missing closing ]: " + re.substring(classStart));
        }
        return out.toString();
    }

    private static IllegalArgumentException nestedRepetition(String operators) {
        return new IllegalArgumentException("invalid nested repetition operator: " + operators);
    }

    private static int openGroup(String re, int i, StringBuilder out) {
        if (i + 1 < re.length() && re.charAt(i + 1) == '?') {
            String rest = re.substring(i + 2);
            if (rest.startsWith("P<") || (rest.startsWith("<") && !rest.startsWith("<=") && !rest.startsWith("<!"))) {
                int close = re.indexOf('>', i);
                if (close < 0) {
                    throw new IllegalArgumentException("invalid named capture: " + re.substring(i));
                }
                String name = re.substring(i + (rest.startsWith("P<") ? 4 : 3), close);
                if (name.isEmpty() || !name.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_')) {
                    throw new IllegalArgumentException("invalid named capture: " + re.substring(i, close + 1));
                }
                out.append('(');
                return close + 1;
            }
            if (rest.startsWith("=") || rest.startsWith("!") || rest.startsWith("<") || rest.startsWith(">")) {
                throw new IllegalArgumentException("invalid or unsupported Perl syntax: (?" + rest.charAt(0));
            }
        }
        out.append('(');
        return i + 1;
    }

    /** The end of a valid RE2 repetition {@code {n}}, {@code {n,}}, {@code {n,m}} starting at i, or -1. */
    private static int repeatEnd(String re, int i) {
        int j = i + 1;
        int length = re.length();
        int minStart = j;
        while (j < length && Character.isDigit(re.charAt(j))) {
            j++;
        }
        if (j == minStart) {
            return -1;
        }
        long min = parseBounded(re.substring(minStart, j));
        long max = min;
        if (j < length && re.charAt(j) == ',') {
            j++;
            int maxStart = j;
            while (j < length && Character.isDigit(re.charAt(j))) {
                j++;
            }
            max = j == maxStart ? -1 : parseBounded(re.substring(maxStart, j));
        }
        if (j >= length || re.charAt(j) != '}') {
            return -1;
        }
        if (min > MAX_REPEAT || max > MAX_REPEAT || (max >= 0 && max < min)) {
            throw new IllegalArgumentException("invalid repeat count: " + re.substring(i, j + 1));
        }
        return j + 1;
    }

    private static long parseBounded(String digits) {
        return digits.length() > 6 ? Long.MAX_VALUE : Long.parseLong(digits);
    }

    private static String posixClass(String name) {
        boolean negated = name.startsWith("^");
        String bare = negated ? name.substring(1) : name;
        String javaName = switch (bare) {
            case "alnum" -> "Alnum";
            case "alpha" -> "Alpha";
            case "ascii" -> "ASCII";
            case "blank" -> "Blank";
            case "cntrl" -> "Cntrl";
            case "digit" -> "Digit";
            case "graph" -> "Graph";
            case "lower" -> "Lower";
            case "print" -> "Print";
            case "punct" -> "Punct";
            case "space" -> "Space";
            case "upper" -> "Upper";
            case "word" -> null;
            case "xdigit" -> "XDigit";
            default -> throw new IllegalArgumentException("invalid character class range: [:" + name + ":]");
        };
        if (javaName == null) {
            return negated ? "\\W" : "\\w";
        }
        return (negated ? "\\P{" : "\\p{") + javaName + "}";
    }

    private static void appendLiteral(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\[](){}.*+?^$|&".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
    }
}
