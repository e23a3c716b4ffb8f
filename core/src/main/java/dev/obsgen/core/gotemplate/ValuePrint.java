package dev.obsgen.core.gotemplate;

/**
 * A place where a template prints the alert's value ({@code $value}, {@code .Value}): as Go prints a float64, all
 * its digits, or through a function that formats it ({@code humanize}, {@code printf}, ...).
 *
 * @param offset where the value is read in the template
 */
public record ValuePrint(int offset, boolean formatted) {
}
