package dev.obsgen.promql;

/**
 * The 1-based line and column of a char offset in a text, counted the way every obsgen message counts them: an
 * offset outside the text is clamped to it, and the column counts chars from the start of the line.
 */
public record TextPosition(int line, int column) {
    public static TextPosition of(String text, int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < clamped; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new TextPosition(line, clamped - lineStart + 1);
    }

    /** {@code line:column}. */
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
