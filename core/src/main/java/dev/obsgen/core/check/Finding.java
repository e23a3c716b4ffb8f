package dev.obsgen.core.check;

import java.util.Objects;

/**
 * What a check found: the check's id, the severity, the model element (such as {@code alert 'X' in group 'g'}) and
 * a message that says what is wrong and, where it helps, how to fix it. {@code detail} holds extra lines, such as
 * the expression with a caret under the offending column.
 */
public record Finding(String checkId, FindingSeverity severity, String element, String message, String detail) {
    public Finding {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(message, "message");
        detail = detail == null ? "" : detail;
    }

    public boolean isError() {
        return severity == FindingSeverity.ERROR;
    }

    /** One line {@code severity[id] element: message}, then the detail lines indented. */
    public String format() {
        StringBuilder text = new StringBuilder()
                .append(severity.label()).append('[').append(checkId).append("] ")
                .append(element).append(": ").append(message);
        if (!detail.isEmpty()) {
            for (String line : detail.split("\n", -1)) {
                text.append("\n    ").append(line);
            }
        }
        return text.toString();
    }
}
