package dev.obsgen.core.render.preview;

import java.util.ArrayList;
import java.util.List;

/**
 * Text cut to the width it is drawn in. Widths are estimated from the font size (a fixed share of it a character),
 * not measured, so that the cut is the same wherever the picture is made.
 */
final class TextFit {
    private static final double CHARACTER_WIDTH = 0.62;

    private TextFit() {
    }

    static int characters(double width, double fontSize) {
        return Math.max(0, (int) Math.floor(width / (fontSize * CHARACTER_WIDTH)));
    }

    /** The text on one line, cut with an ellipsis when longer than {@code width}. */
    static String line(String text, double width, double fontSize) {
        String flat = text.replaceAll("\\s+", " ").strip();
        int max = characters(width, fontSize);
        int length = flat.codePointCount(0, flat.length());
        if (length <= max) {
            return flat;
        }
        if (max <= 1) {
            return max == 1 ? "…" : "";
        }
        return flat.substring(0, flat.offsetByCodePoints(0, max - 1)) + "…";
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
                int cut = rest.codePointCount(0, rest.length()) <= max ? rest.length()
                        : rest.offsetByCodePoints(0, max);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            } while (!rest.isEmpty());
            if (more) {
                break;
            }
        }
        if (more && !lines.isEmpty()) {
            String last = lines.get(lines.size() - 1);
            int keep = Math.min(last.codePointCount(0, last.length()), max - 2);
            lines.set(lines.size() - 1, last.substring(0, last.offsetByCodePoints(0, keep)) + " …");
        }
        return lines;
    }
}
