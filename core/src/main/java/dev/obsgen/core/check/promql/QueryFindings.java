package dev.obsgen.core.check.promql;

import dev.obsgen.core.check.Finding;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.promql.PositionRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what query checks find, pointing at a position of the expression: the message names line and column,
 * and the detail shows the expression line with a caret under the spot. A finding whose check is suppressed on the
 * query becomes a note carrying the suppression's reason.
 */
public final class QueryFindings {
    private static final int CARET_CONTEXT = 100;
    private final Query query;
    private final List<Finding> findings = new ArrayList<>();
    private final List<Integer> offsets = new ArrayList<>();
    private QueryCheck current;

    QueryFindings(Query query) {
        this.query = query;
    }

    void begin(QueryCheck check) {
        this.current = check;
    }

    public void report(PositionRange position, String message) {
        report(current.severity(), position, message);
    }

    public void report(FindingSeverity severity, PositionRange position, String message) {
        add(current.id(), severity, position == null ? 0 : position.start(), message);
    }

    void add(String checkId, FindingSeverity severity, int offset, String message) {
        String reason = query.suppressions().get(checkId);
        String located = message + " (expr " + lineColumn(offset) + ")";
        if (reason != null) {
            findings.add(new Finding(checkId, FindingSeverity.NOTE, query.element(),
                    "suppressed: " + located + "; reason: " + reason, caret(offset)));
        } else {
            findings.add(new Finding(checkId, severity, query.element(), located, caret(offset)));
        }
        offsets.add(offset);
    }

    String lineColumn(int offset) {
        int line = 1;
        int column = 1;
        String expr = query.expr();
        for (int i = 0; i < offset && i < expr.length(); i++) {
            if (expr.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return line + ":" + column;
    }

    /**
     * The expression line with a caret under the offset. A long line (a generated chain of thousands of terms is
     * one line) shows only {@value #CARET_CONTEXT} characters either side of the caret, so that each finding on it
     * costs a line's width, not the whole expression again.
     */
    private String caret(int offset) {
        String expr = query.expr();
        int clamped = Math.max(0, Math.min(offset, expr.length()));
        int lineStart = expr.lastIndexOf('\n', clamped - 1) + 1;
        int lineEnd = expr.indexOf('\n', clamped);
        if (lineEnd < 0) {
            lineEnd = expr.length();
        }
        int from = Math.max(lineStart, clamped - CARET_CONTEXT);
        int to = Math.min(lineEnd, clamped + CARET_CONTEXT);
        String before = from > lineStart ? "..." : "";
        String after = to < lineEnd ? "..." : "";
        return before + expr.substring(from, to) + after + "\n" + " ".repeat(before.length() + clamped - from) + "^";
    }

    List<Finding> findings() {
        return findings;
    }

    /** The offset into the expression each finding points at, in the order of {@link #findings()}. */
    List<Integer> offsets() {
        return offsets;
    }
}
