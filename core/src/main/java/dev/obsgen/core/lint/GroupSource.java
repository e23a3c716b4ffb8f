package dev.obsgen.core.lint;

/**
 * One rule group read from a file that has no model: its name and interval as written and the line it starts on, so
 * a finding about the group (an interval that is no duration) lands there, and a group of no rules is still a group.
 */
public record GroupSource(String file, String name, String interval, int line) {
}
