package dev.obsgen.promql;

import java.util.List;
import java.util.Objects;

/**
 * How a binary operation between two instant vectors pairs series: the {@code on}/{@code ignoring}
 * labels, {@code group_left}/{@code group_right} with their extra labels, and the experimental
 * {@code fill}, {@code fill_left} and {@code fill_right} values for series missing on one side.
 *
 * @param cardinality    one-to-one unless {@code group_*} was given; many-to-many for set operators
 * @param on             true for {@code on (...)}, false for {@code ignoring (...)} or no clause
 * @param matchingLabels the labels of {@code on}/{@code ignoring}
 * @param include        the labels of {@code group_left (...)}/{@code group_right (...)}
 * @param fillLeft       the value for series missing on the left side, or null
 * @param fillRight      the value for series missing on the right side, or null
 */
public record VectorMatching(
        Cardinality cardinality,
        boolean on,
        List<String> matchingLabels,
        List<String> include,
        Double fillLeft,
        Double fillRight) {

    public VectorMatching {
        Objects.requireNonNull(cardinality);
        matchingLabels = List.copyOf(matchingLabels);
        include = List.copyOf(include);
    }

    /** Matching on all labels, as when no clause is written. */
    public static VectorMatching defaultFor(BinaryOp op) {
        return new VectorMatching(op.isSetOperator() ? Cardinality.MANY_TO_MANY : Cardinality.ONE_TO_ONE,
                false, List.of(), List.of(), null, null);
    }

    public boolean hasFill() {
        return fillLeft != null || fillRight != null;
    }

    /** Whether a label of the operands survives the matching, i.e. is compared when pairing series. */
    public boolean comparesLabel(String label) {
        return on ? matchingLabels.contains(label) : !matchingLabels.contains(label);
    }
}
