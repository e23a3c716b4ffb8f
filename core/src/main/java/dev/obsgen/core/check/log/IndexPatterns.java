package dev.obsgen.core.check.log;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Index patterns with {@code *} wildcards, as index templates use them. */
public final class IndexPatterns {
    /** The data stream templates Elasticsearch installs at priority 100. */
    public static final List<String> BUILT_IN = List.of("logs-*-*", "metrics-*-*", "synthetics-*-*", "traces-*-*");
    /** A template above this priority wins over the built-in ones even where the patterns overlap. */
    public static final int BUILT_IN_OVERRIDE_PRIORITY = 500;

    private IndexPatterns() {
    }

    public static boolean matches(String pattern, String name) {
        return overlap(pattern, name.replace("*", ""));
    }

    /** Whether some index name matches both patterns. */
    public static boolean overlap(String a, String b) {
        return overlap(a, 0, b, 0, new HashMap<>());
    }

    private static boolean overlap(String a, int i, String b, int j, Map<Long, Boolean> memo) {
        long key = ((long) i << 32) | j;
        Boolean known = memo.get(key);
        if (known != null) {
            return known;
        }
        boolean result;
        if (i == a.length() && j == b.length()) {
            result = true;
        } else if (i < a.length() && a.charAt(i) == '*') {
            result = overlap(a, i + 1, b, j, memo) || (j < b.length() && overlap(a, i, b, j + 1, memo));
        } else if (j < b.length() && b.charAt(j) == '*') {
            result = overlap(a, i, b, j + 1, memo) || (i < a.length() && overlap(a, i + 1, b, j, memo));
        } else {
            result = i < a.length() && j < b.length() && a.charAt(i) == b.charAt(j) && overlap(a, i + 1, b, j + 1, memo);
        }
        memo.put(key, result);
        return result;
    }
}
