package dev.obsgen.core.lint;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * A reader that remembers, for the lines it has passed on, each line's length, leading spaces and whether it is
 * blank: what a block scalar's position needs from the source text (its indentation, and the length of each line of a
 * folded scalar). Lines before the rule being read are forgotten, so the memory is that of one rule, not the file.
 * Lines end at {@code \n}, {@code \r\n} or {@code \r}, as {@link java.io.BufferedReader#readLine} splits them. A
 * failure of the underlying reader (text that is not UTF-8) is kept, for the reader of the file to report as such.
 */
final class SourceLines extends Reader {
    private final Reader in;
    /** The file line (from 0) of the first line kept. */
    private int first;
    /** Lines kept and completed, from {@code first}. */
    private int count;
    private int[] lengths = new int[64];
    private int[] indents = new int[64];
    private boolean[] blanks = new boolean[64];
    private int length;
    private int indent;
    private boolean leading = true;
    private boolean blank = true;
    private boolean afterCarriageReturn;
    private IOException failure;

    SourceLines(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int size) throws IOException {
        int read;
        try {
            read = in.read(buffer, offset, size);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
        for (int i = offset; i < offset + read; i++) {
            char c = buffer[i];
            if (c == '\n') {
                if (!afterCarriageReturn) {
                    endLine();
                }
                afterCarriageReturn = false;
            } else if (c == '\r') {
                endLine();
                afterCarriageReturn = true;
            } else {
                afterCarriageReturn = false;
                length++;
                // Past the first character that is not a space, a line's indent and blankness are known.
                if (leading) {
                    if (c == ' ') {
                        indent++;
                    } else {
                        leading = false;
                    }
                }
                if (blank && !Character.isWhitespace(c)) {
                    blank = false;
                }
            }
        }
        return read;
    }

    private void endLine() {
        if (count == lengths.length) {
            lengths = Arrays.copyOf(lengths, count * 2);
            indents = Arrays.copyOf(indents, count * 2);
            blanks = Arrays.copyOf(blanks, count * 2);
        }
        lengths[count] = length;
        indents[count] = indent;
        blanks[count] = blank;
        count++;
        length = 0;
        indent = 0;
        leading = true;
        blank = true;
    }

    /** The failure of the underlying reader, if it failed. */
    IOException failure() {
        return failure;
    }

    /** Whether the line (from 0) has been read, wholly or in part. */
    boolean has(int line) {
        return line >= first && (line < first + count || line == first + count && (length > 0 || !blank));
    }

    int length(int line) {
        return line < first + count ? lengths[line - first] : length;
    }

    int indent(int line) {
        return line < first + count ? indents[line - first] : indent;
    }

    boolean blank(int line) {
        return line < first + count ? blanks[line - first] : blank;
    }

    /** Forgets the lines before {@code line} (from 0): nothing before it is asked for again. */
    void forgetBefore(int line) {
        int drop = Math.min(line - first, count);
        if (drop <= 0) {
            return;
        }
        System.arraycopy(lengths, drop, lengths, 0, count - drop);
        System.arraycopy(indents, drop, indents, 0, count - drop);
        System.arraycopy(blanks, drop, blanks, 0, count - drop);
        count -= drop;
        first += drop;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
