package dev.obsgen.promql;

/**
 * A PromQL expression that Prometheus would reject, with where and why.
 *
 * <p>{@link #getMessage()} reads {@code line:column: reason}; {@link #formatted()} adds the
 * offending line with a caret under the column.
 */
public final class ParseException extends TextParseException {

    private static final long serialVersionUID = 1L;

    private final int endOffset;

    public ParseException(String reason, String input, int offset, int endOffset) {
        super(reason, input, offset);
        this.endOffset = Math.max(offset(), Math.min(endOffset, input.length()));
    }

    /** Char offset just after the offending text; equal to {@link #offset()} when it is a point. */
    public int endOffset() {
        return endOffset;
    }

    @Override
    public String getMessage() {
        return line() + ":" + column() + ": " + reason();
    }
}
