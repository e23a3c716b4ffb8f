package dev.obsgen.core.check;

import dev.obsgen.promql.PositionRange;
import dev.obsgen.promql.TextPosition;

/**
 * Where in an element a finding points: the element, the field of it ({@code null} for the expression, or a
 * template's key such as {@code label team} or {@code annotation description}), and, where the check knows one, the
 * text of that field and the range in it. A finding printed from a model shows the line and column of the range
 * ({@code (expr 2:7)}); lint maps the same range to the line and column of its file.
 */
public record FindingLocation(ElementRef element, String field, String text, PositionRange range) {
    public static final FindingLocation NONE = new FindingLocation(null, null, null, null);

    /** A spot in the expression or in the template of key {@code field}. */
    public static FindingLocation in(String field, String text, PositionRange range) {
        return new FindingLocation(null, field, text, range);
    }

    public FindingLocation withElement(ElementRef ref) {
        return new FindingLocation(ref, field, text, range);
    }

    /** The line and column of the range in the text, or null where the location has no range. */
    public TextPosition position() {
        return text == null || range == null ? null : TextPosition.of(text, range.start());
    }

    /** {@code  (expr L:C)} or {@code  (template L:C)} for a location with a range, otherwise nothing. */
    String suffix() {
        TextPosition position = position();
        return position == null ? "" : " (" + (field == null ? "expr " : "template ") + position + ")";
    }
}
