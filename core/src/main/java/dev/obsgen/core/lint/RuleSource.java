package dev.obsgen.core.lint;

import java.util.Map;

/**
 * One rule read from a file that has no model: where it is, the group it belongs to, and its fields as written.
 * {@code exprPosition} maps an offset of the expression back to a line and column of the file, and the positions of
 * labels and annotations do the same for an offset into a label's or annotation's value, and {@code fieldPositions}
 * for the rule's own scalar fields ({@code alert}, {@code record}, {@code for}, {@code keep_firing_for}).
 */
public record RuleSource(String file, String group, String groupInterval, int line, String alert, String record,
                         String expr, ExprPosition exprPosition, String forDuration, String keepFiringFor,
                         Map<String, String> labels, Map<String, String> annotations,
                         Map<String, ExprPosition> labelPositions, Map<String, ExprPosition> annotationPositions,
                         Map<String, ExprPosition> fieldPositions) {
    public RuleSource {
        fieldPositions = fieldPositions == null ? Map.of() : Map.copyOf(fieldPositions);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
        labelPositions = labelPositions == null ? Map.of() : Map.copyOf(labelPositions);
        annotationPositions = annotationPositions == null ? Map.of() : Map.copyOf(annotationPositions);
    }

    public String name() {
        return alert != null ? alert : record;
    }

    /** The value of one of the rule's own scalar fields, by its key in the file; null when it is not set. */
    public String field(String key) {
        return switch (key) {
            case "alert" -> alert;
            case "record" -> record;
            case "for" -> forDuration;
            case "keep_firing_for" -> keepFiringFor;
            default -> null;
        };
    }

    public boolean isAlert() {
        return alert != null;
    }
}
