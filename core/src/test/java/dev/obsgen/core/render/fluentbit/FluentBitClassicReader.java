package dev.obsgen.core.render.fluentbit;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads Fluent Bit's classic format the way Fluent Bit does, independently of the writer: {@code [NAME]} opens a
 * section, an indented line is a key, blanks, then the value to the end of the line, trimmed; whole-line
 * {@code #} comments and blank lines are skipped. Anything else is an error, as it is for Fluent Bit.
 */
final class FluentBitClassicReader {
    record Entry(String key, String value) {
    }

    record Section(String kind, List<Entry> entries) {
    }

    private FluentBitClassicReader() {
    }

    static List<Section> read(String text) {
        List<Section> sections = new ArrayList<>();
        List<Entry> current = null;
        int number = 0;
        for (String line : text.split("\n", -1)) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.startsWith("[") && trimmed.endsWith("]") && !Character.isWhitespace(line.charAt(0))) {
                current = new ArrayList<>();
                sections.add(new Section(trimmed.substring(1, trimmed.length() - 1), current));
                continue;
            }
            if (current == null || !Character.isWhitespace(line.charAt(0))) {
                throw new IllegalArgumentException("line " + number + " is neither a section nor an indented entry: " + line);
            }
            int blank = indexOfBlank(trimmed);
            if (blank < 0) {
                throw new IllegalArgumentException("line " + number + " has a key and no value: " + line);
            }
            current.add(new Entry(trimmed.substring(0, blank), trimmed.substring(blank).strip()));
        }
        return sections;
    }

    private static int indexOfBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
