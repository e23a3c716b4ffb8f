package dev.obsgen.core.render.preview;

import java.util.ArrayList;
import java.util.List;

/**
 * Text cut to the width it is drawn in. Widths are estimated from the font size (a fixed share of it a column),
 * not measured, so that the cut is the same wherever the picture is made. A character takes one column, a wide one
 * (Han, kana, Hangul, full-width forms, emoji: about a whole em in any font) two.
 */
final class TextFit {
    private static final double CHARACTER_WIDTH = 0.62;

    private TextFit() {
    }

    /** The width the text is estimated to take. */
    static double width(String text, double fontSize) {
        return columns(text) * fontSize * CHARACTER_WIDTH;
    }

    /** The columns the text takes: two for a wide character, one for any other. */
    static int columns(String text) {
        return text.codePoints().map(TextFit::columns).sum();
    }

    private static int columns(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        boolean wide = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (codePoint >= 0x3000 && codePoint <= 0x303F) || (codePoint >= 0xFF01 && codePoint <= 0xFF60)
                || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6) || (codePoint >= 0x1F300 && codePoint <= 0x1FAFF);
        return wide ? 2 : 1;
    }

    /** The end of the longest start of {@code text} that takes at most {@code max} columns. */
    private static int cut(String text, int max) {
        int used = 0;
        int index = 0;
        while (index < text.length()) {
            int codePoint = text.codePointAt(index);
            used += columns(codePoint);
            if (used > max) {
                break;
            }
            index += Character.charCount(codePoint);
        }
        return index;
    }

    static int characters(double width, double fontSize) {
        return Math.max(0, (int) Math.floor(width / (fontSize * CHARACTER_WIDTH)));
    }

    /** The text on one line, cut with an ellipsis when longer than {@code width}. */
    static String line(String text, double width, double fontSize) {
        String flat = text.replaceAll("\\s+", " ").strip();
        int max = characters(width, fontSize);
        if (columns(flat) <= max) {
            return flat;
        }
        if (max <= 1) {
            return max == 1 ? "…" : "";
        }
        return flat.substring(0, cut(flat, max - 1)) + "…";
    }

    /** The text's lines wrapped at {@code width}, at most {@code maxLines}, the last cut when more would follow. */
    static List<String> lines(String text, double width, double fontSize, int maxLines) {
        int max = characters(width, fontSize);
        List<String> lines = new ArrayList<>();
        if (max < 2 || maxLines <= 0) {
            return lines;
        }
        boolean more = false;
        for (String source : text.strip().split("\\R")) {
            String rest = source.replace('\t', ' ').stripTrailing();
            do {
                if (lines.size() == maxLines) {
                    more = true;
                    break;
                }
                // At least one character a line, so a wide one in a one-column space cannot stop the wrap.
                int end = rest.isEmpty() ? 0 : Math.max(cut(rest, max), Character.charCount(rest.codePointAt(0)));
                lines.add(rest.substring(0, end));
                rest = rest.substring(end);
            } while (!rest.isEmpty());
            if (more) {
                break;
            }
        }
        if (more && !lines.isEmpty()) {
            String last = lines.get(lines.size() - 1);
            lines.set(lines.size() - 1, last.substring(0, cut(last, max - 2)) + " …");
        }
        return lines;
    }
}
