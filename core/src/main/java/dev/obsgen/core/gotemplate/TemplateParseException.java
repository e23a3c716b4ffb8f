package dev.obsgen.core.gotemplate;

import dev.obsgen.promql.TextParseException;

/**
 * A template Go's parser rejects, with the reason in Go's words and the char offset of the spot, so a message can
 * show the template with a caret under it. {@link #getMessage()} reads as Go's error does:
 * {@code template: NAME:LINE: reason}.
 */
public final class TemplateParseException extends TextParseException {
    private static final long serialVersionUID = 1L;

    private final String name;

    public TemplateParseException(String name, String reason, String input, int offset) {
        super(reason, input, offset);
        this.name = name;
    }

    /** The same error for a text that {@code prefix} chars were cut from the front of. */
    public TemplateParseException withoutPrefix(int prefix) {
        return new TemplateParseException(name, reason(), input().substring(prefix), offset() - prefix);
    }

    @Override
    public String getMessage() {
        return "template: " + name + ":" + line() + ": " + reason();
    }
}
