package dev.obsgen.core.lint;

/**
 * One rule group read from a file that has no model: its name and interval as written and the line it starts on, so
 * a finding about the group lands there (one about its interval on the value), and a group of no rules is still a
 * group.
 */
public record GroupSource(String file, String name, String interval, int line, ExprPosition intervalPosition) {
    /** The file's line and column of the group's interval value, or of the group where it has none. */
    int[] intervalAt() {
        return interval == null || intervalPosition == null ? new int[] {line, 1} : intervalPosition.locate(interval, 0);
    }
}
