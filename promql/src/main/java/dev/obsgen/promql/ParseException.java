package dev.obsgen.promql;

/**
 * A PromQL expression that Prometheus would reject, with where and why.
 *
 * <p>{@link #getMessage()} reads {@code line:column: reason}; {@link #formatted()} adds the
 * offending line with a caret under the column.
 */
public final class ParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;
    private final String input;
    private final int offset;
    private final int endOffset;
    private final int line;
    private final int column;

    public ParseException(String reason, String input, int offset, int endOffset) {
        super(reason, null, false, false);
        this.reason = reason;
        this.input = input;
        this.offset = Math.max(0, Math.min(offset, input.length()));
        this.endOffset = Math.max(this.offset, Math.min(endOffset, input.length()));
        TextPosition position = TextPosition.of(input, this.offset);
        this.line = position.line();
        this.column = position.column();
    }

    /** The reason alone, e.g. {@code unexpected end of input}. */
    public String reason() {
        return reason;
    }

    public String input() {
        return input;
    }

    /** Char offset of the start of the offending text. */
    public int offset() {
        return offset;
    }

    /** Char offset just after the offending text; equal to {@link #offset()} when it is a point. */
    public int endOffset() {
        return endOffset;
    }

    /** 1-based. */
    public int line() {
        return line;
    }

    /** 1-based, counted in chars from the start of the line. */
    public int column() {
        return column;
    }

    @Override
    public String getMessage() {
        return line + ":" + column + ": " + reason;
    }

    /**
     * {@code line:col: reason}, then the expression line, then a caret under the column. Tabs
     * before the column are kept so that the caret lines up in a terminal.
     */
    public String formatted() {
        int lineStart = offset - (column - 1);
        int lineEnd = input.indexOf('\n', lineStart);
        if (lineEnd < 0) {
            lineEnd = input.length();
        }
        String text = input.substring(lineStart, lineEnd);
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        StringBuilder caret = new StringBuilder(column);
        for (int i = lineStart; i < offset; i++) {
            caret.append(input.charAt(i) == '\t' ? '\t' : ' ');
        }
        caret.append('^');
        return getMessage() + "\n" + text + "\n" + caret;
    }
}
