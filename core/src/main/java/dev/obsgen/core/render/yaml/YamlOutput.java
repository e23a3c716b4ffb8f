package dev.obsgen.core.render.yaml;

import java.util.Arrays;

/**
 * The characters of one document as they are written. A plain char array: on this JDK a StringBuilder copies a
 * string range one character at a time, and a dashboard's JSON is a megabyte of them; {@link String#getChars}
 * copies in bulk.
 */
final class YamlOutput {
    private static final char[] SPACES = " ".repeat(64).toCharArray();

    private char[] chars;
    private int length;

    YamlOutput(int capacity) {
        chars = new char[capacity];
    }

    int length() {
        return length;
    }

    YamlOutput append(char c) {
        ensure(1);
        chars[length++] = c;
        return this;
    }

    YamlOutput append(String text) {
        return append(text, 0, text.length());
    }

    YamlOutput append(String text, int from, int to) {
        int count = to - from;
        ensure(count);
        text.getChars(from, to, chars, length);
        length += count;
        return this;
    }

    YamlOutput appendSpaces(int count) {
        ensure(count);
        for (int left = count; left > 0; left -= SPACES.length) {
            int now = Math.min(left, SPACES.length);
            System.arraycopy(SPACES, 0, chars, length, now);
            length += now;
        }
        return this;
    }

    YamlOutput appendCodePoint(int codePoint) {
        ensure(2);
        length += Character.toChars(codePoint, chars, length);
        return this;
    }

    private void ensure(int more) {
        if (length + more > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
        }
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
