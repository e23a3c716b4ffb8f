package dev.obsgen.core.render.fluentbit;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes Fluent Bit's classic format, the only way obsgen writes it. The format has no quoting: a value runs to
 * the end of its line and is trimmed, and only whole lines are comments. So the writer refuses what it cannot
 * write faithfully (a line break, surrounding blanks, an empty value, a key that is not a plain name) instead of
 * producing a file that means something else, and turns every line of a comment into a {@code #} line.
 */
public final class FluentBitClassicWriter {
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-]*");
    private static final Pattern SECTION = Pattern.compile("[A-Z]+");
    private static final String INDENT = "    ";

    private final StringBuilder text = new StringBuilder();

    public FluentBitClassicWriter comment(String comment) {
        for (String line : comment.split("\\R", -1)) {
            text.append(line.isEmpty() ? "#" : "# " + line).append('\n');
        }
        return this;
    }

    public FluentBitClassicWriter section(FluentBitSection section) {
        if (!SECTION.matcher(section.kind()).matches()) {
            throw new IllegalArgumentException("Fluent Bit section name must be upper-case letters: " + section.kind());
        }
        if (text.length() > 0) {
            text.append('\n');
        }
        text.append('[').append(section.kind()).append("]\n");
        int width = section.entries().stream().mapToInt(e -> e.key().length()).max().orElse(0);
        for (FluentBitEntry entry : section.entries()) {
            text.append(INDENT).append(key(section, entry.key()));
            text.append(" ".repeat(width - entry.key().length() + 1));
            text.append(value(section, entry)).append('\n');
        }
        return this;
    }

    public String text() {
        return text.toString();
    }

    private static String key(FluentBitSection section, String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Fluent Bit key in [" + section.kind() + "] must be a plain name: '"
                    + key + "'");
        }
        return key;
    }

    private static String value(FluentBitSection section, FluentBitEntry entry) {
        Optional<String> problem = problem(entry.value());
        if (problem.isPresent()) {
            throw new IllegalArgumentException("[" + section.kind() + "] " + entry.key() + " " + problem.get());
        }
        return entry.value();
    }

    /** Why a value cannot be written in the classic format, if it cannot. */
    public static Optional<String> problem(String value) {
        if (value.isEmpty()) {
            return Optional.of("has an empty value, which the classic format cannot write");
        }
        if (value.chars().anyMatch(c -> c == '\n' || c == '\r' || c == 0)) {
            return Optional.of("has a line break, which the classic format cannot write");
        }
        if (!value.equals(value.strip())) {
            return Optional.of("has leading or trailing blanks, which Fluent Bit would trim");
        }
        return Optional.empty();
    }
}
