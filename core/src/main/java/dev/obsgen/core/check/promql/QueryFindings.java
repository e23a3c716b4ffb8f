package dev.obsgen.core.check.promql;

import dev.obsgen.core.check.Finding;
import dev.obsgen.core.check.FindingLocation;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.promql.PositionRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what query checks find, pointing at a position of the expression or of one of the alert's templates:
 * the finding's location holds the text and the range, and the detail shows the line with a caret under the spot. A finding whose
 * check is suppressed on the query becomes a note carrying the suppression's reason.
 */
public final class QueryFindings {
    private static final int CARET_CONTEXT = 100;
    private final Query query;
    private final List<Finding> findings = new ArrayList<>();
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
        add(current.id(), severity, null, position == null ? new PositionRange(0, 0) : position, message);
    }

    /** A finding at an offset into the alert template of key {@code template} (such as {@code label team}). */
    public void reportInTemplate(String template, int offset, String message) {
        reportInTemplate(current.severity(), template, offset, message);
    }

    public void reportInTemplate(FindingSeverity severity, String template, int offset, String message) {
        add(current.id(), severity, template, at(offset), message);
    }

    void add(String checkId, FindingSeverity severity, int offset, String message) {
        add(checkId, severity, null, at(offset), message);
    }

    private static PositionRange at(int offset) {
        return new PositionRange(Math.max(0, offset), Math.max(0, offset));
    }

    private void add(String checkId, FindingSeverity severity, String template, PositionRange range, String message) {
        String text = template == null ? query.expr() : query.templates().getOrDefault(template, "");
        String reason = query.suppressions().get(checkId);
        int start = Math.min(range.start(), text.length());
        FindingLocation location = FindingLocation.in(template, text,
                new PositionRange(start, Math.max(start, Math.min(range.end(), text.length()))));
        String detail = caret(text, start);
        if (reason != null) {
            findings.add(new Finding(checkId, FindingSeverity.NOTE, query.element(),
                    "suppressed: " + message + "; reason: " + reason, detail, location));
        } else {
            findings.add(new Finding(checkId, severity, query.element(), message, detail, location));
        }
    }

    /**
     * The line of {@code text} with a caret under the offset. A long line (a generated chain of thousands of terms is
     * one line) shows only {@value #CARET_CONTEXT} characters either side of the caret, so that each finding on it
     * costs a line's width, not the whole expression again.
     */
    private static String caret(String text, int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int lineStart = text.lastIndexOf('\n', clamped - 1) + 1;
        int lineEnd = text.indexOf('\n', clamped);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        int from = Math.max(lineStart, clamped - CARET_CONTEXT);
        int to = Math.min(lineEnd, clamped + CARET_CONTEXT);
        String before = from > lineStart ? "..." : "";
        String after = to < lineEnd ? "..." : "";
        return before + text.substring(from, to) + after + "\n" + " ".repeat(before.length() + clamped - from) + "^";
    }

    List<Finding> findings() {
        return findings;
    }
}
