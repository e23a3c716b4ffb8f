package dev.obsgen.core.check;

import java.util.Objects;

/**
 * What a check found: the check's id, the severity, the model element (such as {@code alert 'X' in group 'g'}) and
 * a message that says what is wrong and, where it helps, how to fix it. {@code detail} holds extra lines, such as
 * the expression with a caret under the offending column; {@code location} says where the finding points, as data.
 */
public record Finding(String checkId, FindingSeverity severity, String element, String message, String detail,
                      FindingLocation location) {
    public Finding {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(message, "message");
        detail = detail == null ? "" : detail;
        location = location == null ? FindingLocation.NONE : location;
    }

    public Finding(String checkId, FindingSeverity severity, String element, String message, String detail) {
        this(checkId, severity, element, message, detail, FindingLocation.NONE);
    }

    /** The same finding about another element's text, such as the element with its owner in front. */
    public Finding withElement(String replacement) {
        return new Finding(checkId, severity, replacement, message, detail, location);
    }

    public Finding withLocation(FindingLocation replacement) {
        return new Finding(checkId, severity, element, message, detail, replacement);
    }

    public boolean isError() {
        return severity == FindingSeverity.ERROR;
    }

    /** The message, then the line and column it points at in the expression or template: {@code ... (expr 2:7)}. */
    public String locatedMessage() {
        return message + location.suffix();
    }

    /** One line {@code severity[id] element: message (expr L:C)}, then the detail lines indented. */
    public String format() {
        StringBuilder text = new StringBuilder()
                .append(severity.label()).append('[').append(checkId).append("] ")
                .append(element).append(": ").append(locatedMessage());
        if (!detail.isEmpty()) {
            for (String line : detail.split("\n", -1)) {
                text.append("\n    ").append(line);
            }
        }
        return text.toString();
    }
}
