package dev.obsgen.core.lint;

import dev.obsgen.promql.TextPosition;
import java.util.List;

/**
 * Where an expression's text stands in its file. A plain or quoted scalar starts at {@code line}:{@code column}; a
 * block scalar ({@code |} or {@code >}) starts on the next line, every line indented by {@code indent} columns. A
 * folded scalar ({@code >}) joins its lines with spaces, so {@code foldedLines} keeps each source line's length to
 * map an offset back to its line.
 */
public record ExprPosition(int line, int column, boolean block, int indent, List<Integer> foldedLines) {
    public ExprPosition {
        foldedLines = foldedLines == null ? List.of() : List.copyOf(foldedLines);
    }

    public ExprPosition(int line, int column, boolean block, int indent) {
        this(line, column, block, indent, List.of());
    }

    /** The 1-based file line and column of an offset into the expression. */
    public int[] locate(String expr, int offset) {
        int clamped = Math.min(offset, expr.stripTrailing().length());
        if (!foldedLines.isEmpty()) {
            int remaining = clamped;
            for (int i = 0; i < foldedLines.size(); i++) {
                int length = foldedLines.get(i);
                if (remaining <= length || i == foldedLines.size() - 1) {
                    return new int[] {line + 1 + i, indent + 1 + remaining};
                }
                remaining -= length + 1;
            }
        }
        TextPosition inExpr = TextPosition.of(expr, clamped);
        int exprLine = inExpr.line() - 1;
        int exprColumn = inExpr.column() - 1;
        if (block) {
            return new int[] {line + 1 + exprLine, indent + 1 + exprColumn};
        }
        return new int[] {line + exprLine, exprLine == 0 ? column + exprColumn : exprColumn + 1};
    }
}
