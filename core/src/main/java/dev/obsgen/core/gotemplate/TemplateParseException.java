package dev.obsgen.core.gotemplate;

import dev.obsgen.promql.TextPosition;

/**
 * A template Go's parser rejects, with the reason in Go's words and the char offset of the spot, so a message can
 * show the template with a caret under it. {@link #getMessage()} reads as Go's error does:
 * {@code template: NAME:LINE: reason}.
 */
public final class TemplateParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final String reason;
    private final String input;
    private final int offset;
    private final int line;
    private final int column;

    public TemplateParseException(String name, String reason, String input, int offset) {
        super(reason, null, false, false);
        this.name = name;
        this.reason = reason;
        this.input = input;
        this.offset = Math.max(0, Math.min(offset, input.length()));
        TextPosition position = TextPosition.of(input, this.offset);
        this.line = position.line();
        this.column = position.column();
    }

    /** The reason alone, e.g. {@code function "humanise" not defined}. */
    public String reason() {
        return reason;
    }

    public String input() {
        return input;
    }

    /** Char offset of the offending spot in {@link #input()}. */
    public int offset() {
        return offset;
    }

    /** 1-based. */
    public int line() {
        return line;
    }

    /** 1-based, in chars from the start of the line. */
    public int column() {
        return column;
    }

    /** The same error for a text that {@code prefix} chars were cut from the front of. */
    public TemplateParseException withoutPrefix(int prefix) {
        return new TemplateParseException(name, reason, input.substring(prefix), offset - prefix);
    }

    @Override
    public String getMessage() {
        return "template: " + name + ":" + line + ": " + reason;
    }
}
