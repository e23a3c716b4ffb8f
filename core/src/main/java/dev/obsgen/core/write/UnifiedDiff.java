package dev.obsgen.core.write;

import java.util.ArrayList;
import java.util.List;

/** A line diff in unified format (as {@code diff -u} prints it), from a longest-common-subsequence alignment. */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;
    /** Above this many line pairs the alignment table would be too large; the whole file is shown as replaced. */
    private static final long MAX_CELLS = 16_000_000L;

    private UnifiedDiff() {
    }

    public static String of(String path, String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<Edit> edits = align(a, b);
        StringBuilder out = new StringBuilder();
        out.append("--- a/").append(path).append('\n').append("+++ b/").append(path).append('\n');
        int i = 0;
        while (i < edits.size()) {
            if (edits.get(i).op == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            int lastChange = i;
            while (end < edits.size()) {
                if (edits.get(end).op != ' ') {
                    lastChange = end;
                } else if (end - lastChange > 2 * CONTEXT) {
                    break;
                }
                end++;
            }
            end = Math.min(edits.size(), lastChange + CONTEXT + 1);
            hunk(edits, start, end, out);
            i = end;
        }
        return out.toString();
    }

    private static void hunk(List<Edit> edits, int start, int end, StringBuilder out) {
        int aStart = edits.get(start).aLine;
        int bStart = edits.get(start).bLine;
        int aCount = 0;
        int bCount = 0;
        for (int k = start; k < end; k++) {
            char op = edits.get(k).op;
            if (op != '+') {
                aCount++;
            }
            if (op != '-') {
                bCount++;
            }
        }
        out.append("@@ -").append(aCount == 0 ? aStart : aStart + 1).append(',').append(aCount)
                .append(" +").append(bCount == 0 ? bStart : bStart + 1).append(',').append(bCount).append(" @@\n");
        for (int k = start; k < end; k++) {
            out.append(edits.get(k).op).append(edits.get(k).text).append('\n');
        }
    }

    private record Edit(char op, String text, int aLine, int bLine) {
    }

    private static List<Edit> align(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        List<Edit> edits = new ArrayList<>();
        if ((long) n * m > MAX_CELLS) {
            for (int i = 0; i < n; i++) {
                edits.add(new Edit('-', a.get(i), i, 0));
            }
            for (int j = 0; j < m; j++) {
                edits.add(new Edit('+', b.get(j), n, j));
            }
            return edits;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                edits.add(new Edit(' ', a.get(i), i++, j++));
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                // Removals before additions, as diff -u prints a replaced line.
                edits.add(new Edit('-', a.get(i), i++, j));
            } else {
                edits.add(new Edit('+', b.get(j), i, j++));
            }
        }
        return edits;
    }

    private static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return List.of(body.split("\n", -1));
    }
}
