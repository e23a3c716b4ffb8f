package dev.obsgen.core.gotemplate;

/** A template's use of one of the alert's labels, and the char offset in the template where it stands. */
public record LabelReference(String label, int offset) {
}
