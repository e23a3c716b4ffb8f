package dev.obsgen.core.gotemplate;

/** One token: its kind, the char offset where it starts and its text (for an error token, the message). */
record Token(TokenKind kind, int offset, String text) {
    boolean is(TokenKind other) {
        return kind == other;
    }

    /** As Go prints an item in its messages: {@code EOF}, {@code <if>}, {@code "}}"}, {@code "a long tex"...}. */
    @Override
    public String toString() {
        if (kind == TokenKind.EOF) {
            return "EOF";
        }
        if (kind == TokenKind.ERROR) {
            return text;
        }
        if (kind.isKeyword()) {
            return "<" + text + ">";
        }
        if (text.codePointCount(0, text.length()) > 10) {
            return GoText.quote(text.substring(0, text.offsetByCodePoints(0, 10))) + "...";
        }
        return GoText.quote(text);
    }
}
