package dev.obsgen.promql;

/**
 * A text a parser rejects, with why and where: the offset of the offending spot, clamped into the text, and its
 * 1-based line and column, computed once. PromQL's {@link ParseException} and the template parser's error are both
 * one; they differ only in how their message reads.
 */
public abstract class TextParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String reason;
    private final String input;
    private final int offset;
    private final int line;
    private final int column;

    protected TextParseException(String reason, String input, int offset) {
        super(reason, null, false, false);
        this.reason = reason;
        this.input = input;
        this.offset = Math.max(0, Math.min(offset, input.length()));
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

    /** 1-based. */
    public int line() {
        return line;
    }

    /** 1-based, counted in chars from the start of the line. */
    public int column() {
        return column;
    }

    /**
     * The message, then the offending line of the input, then a caret under the column. Tabs before the column are
     * kept so that the caret lines up in a terminal.
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
