package dev.obsgen.core.check.dashboard;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * A light scan of a PromQL expression: the metric names it selects, each with the functions it sits inside, and
 * the range of every {@code rate}/{@code irate} call. Label matchers, grouping label lists, strings, ranges,
 * numbers and Grafana variables are skipped. It stands in until the full PromQL parser is wired into these checks.
 */
final class QueryTokens {
    /** A metric name at {@code position}; {@code enclosing} lists the functions around it, innermost last. */
    record MetricToken(String name, int position, List<String> enclosing) {
    }

    /**
     * A {@code rate} or {@code irate} call and the text of its range selector ({@code 5m}, {@code $__rate_interval}).
     */
    record RateRange(String function, String range) {
    }

    private static final Set<String> GROUPING = Set.of("by", "without", "on", "ignoring", "group_left", "group_right");
    private static final Set<String> KEYWORDS = Set.of("bool", "and", "or", "unless", "offset", "atan2", "inf", "nan",
            "Inf", "NaN", "by", "without", "on", "ignoring", "group_left", "group_right");

    private static final Set<String> AGGREGATIONS = Set.of("sum", "avg", "min", "max", "count", "stddev", "stdvar",
            "topk", "bottomk", "quantile", "count_values", "group", "limitk", "limit_ratio");

    private final List<MetricToken> metrics = new ArrayList<>();
    private final List<RateRange> rates = new ArrayList<>();

    private QueryTokens() {
    }

    static QueryTokens scan(String expr) {
        QueryTokens tokens = new QueryTokens();
        tokens.run(expr);
        return tokens;
    }

    List<MetricToken> metrics() {
        return metrics;
    }

    List<RateRange> rates() {
        return rates;
    }

    private void run(String s) {
        Deque<String> calls = new ArrayDeque<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = skipString(s, i);
            } else if (c == '{') {
                i = skipTo(s, i, '}');
            } else if (c == '[') {
                int end = skipTo(s, i, ']');
                if (!calls.isEmpty() && isRate(calls.peekLast())) {
                    rates.add(new RateRange(calls.peekLast(), s.substring(i + 1, Math.max(i + 1, end - 1)).strip()));
                }
                i = end;
            } else if (c == '$') {
                i = skipIdentifier(s, i + 1);
            } else if (c == '(') {
                calls.addLast("");
                i++;
            } else if (c == ')') {
                if (!calls.isEmpty()) {
                    calls.removeLast();
                }
                i++;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
                i = skipNumber(s, i);
            } else if (Character.isLetter(c) || c == '_' || c == ':') {
                int end = skipIdentifier(s, i);
                String word = s.substring(i, end);
                int next = skipSpaces(s, end);
                boolean call = next < s.length() && s.charAt(next) == '(';
                if (call && GROUPING.contains(word)) {
                    i = skipTo(s, next, ')');
                } else if (call) {
                    calls.addLast(word);
                    i = next + 1;
                } else if (AGGREGATIONS.contains(word) && startsGrouping(s, next)) {
                    int clauseEnd = skipTo(s, s.indexOf('(', next), ')');
                    int open = skipSpaces(s, clauseEnd);
                    calls.addLast(word);
                    i = open < s.length() && s.charAt(open) == '(' ? open + 1 : clauseEnd;
                } else {
                    if (!KEYWORDS.contains(word)) {
                        metrics.add(new MetricToken(word, i, List.copyOf(calls)));
                    }
                    i = end;
                }
            } else {
                i++;
            }
        }
    }

    /** Whether a {@code by (...)} or {@code without (...)} clause starts at {@code i}. */
    private static boolean startsGrouping(String s, int i) {
        int end = skipIdentifier(s, i);
        String word = s.substring(i, end);
        int next = skipSpaces(s, end);
        return (word.equals("by") || word.equals("without")) && next < s.length() && s.charAt(next) == '(';
    }

    private static boolean isRate(String function) {
        return function.equals("rate") || function.equals("irate");
    }

    private static int skipIdentifier(String s, int i) {
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == ':')) {
            i++;
        }
        return i;
    }

    private static int skipNumber(String s, int i) {
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.'
                || ((s.charAt(i) == '+' || s.charAt(i) == '-') && (s.charAt(i - 1) == 'e' || s.charAt(i - 1) == 'E')))) {
            i++;
        }
        return i;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index after the closing character, skipping strings inside. */
    private static int skipTo(String s, int open, char close) {
        int i = open + 1;
        while (i < s.length() && s.charAt(i) != close) {
            char c = s.charAt(i);
            i = c == '"' || c == '\'' || c == '`' ? skipString(s, i) : i + 1;
        }
        return Math.min(i + 1, s.length());
    }

    private static int skipString(String s, int open) {
        char quote = s.charAt(open);
        int i = open + 1;
        while (i < s.length() && s.charAt(i) != quote) {
            i += s.charAt(i) == '\\' && quote != '`' ? 2 : 1;
        }
        return Math.min(i + 1, s.length());
    }
}
