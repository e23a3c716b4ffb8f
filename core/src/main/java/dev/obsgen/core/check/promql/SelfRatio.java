package dev.obsgen.core.check.promql;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.promql.Binary;
import dev.obsgen.promql.Cardinality;
import dev.obsgen.promql.ExprWalker;
import dev.obsgen.promql.ValueType;
import dev.obsgen.promql.VectorMatching;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * {@code rate(x{status="failed"}[1h]) / rate(x[1h])} matches series one-to-one on every label, status included,
 * so each failed series is divided by itself and the ratio is 1. One side pins a label the other side still carries:
 * aggregate both sides by the labels that matter, or ignore the pinned label in the matching.
 */
@CheckDefinition(
        id = "promql/self-ratio",
        severity = FindingSeverity.ERROR,
        summary = "A ratio does not match one-to-one on a label that one side pins to a value (dividing a series by itself).",
        example = "rate(runs_total{status=\"failed\"}[1h]) / rate(runs_total[1h])",
        fix = "sum by (flow_name) (rate(runs_total{status=\"failed\"}[1h])) / sum by (flow_name) (rate(runs_total[1h])).")
public final class SelfRatio implements QueryCheck {
    @Override
    public void check(QueryContext context, QueryFindings findings) {
        SelectorSpans selectors = new SelectorSpans(context.ast());
        ExprWalker.forEach(context.ast(), (node, ancestors) -> {
            if (!(node instanceof Binary binary) || !binary.op().isArithmetic()
                    || binary.lhs().type() != ValueType.INSTANT_VECTOR || binary.rhs().type() != ValueType.INSTANT_VECTOR) {
                return;
            }
            VectorMatching matching = binary.matching() == null ? VectorMatching.defaultFor(binary.op()) : binary.matching();
            if (matching.cardinality() != Cardinality.ONE_TO_ONE) {
                return;
            }
            Labels left = context.labels().of(binary.lhs());
            Labels right = context.labels().of(binary.rhs());
            // Whether both sides select one metric: then, even without declared labels, the unpinned side carries
            // the label the other side pins. Asked only when that matters.
            BooleanSupplier sameMetric = () -> selectors.shareMetric(binary.lhs(), binary.rhs());
            report(binary, matching, left, right, sameMetric, "left", findings);
            report(binary, matching, right, left, sameMetric, "right", findings);
        });
    }

    private static void report(Binary binary, VectorMatching matching, Labels pinnedSide, Labels otherSide,
                               BooleanSupplier sameMetric, String side, QueryFindings findings) {
        for (Map.Entry<String, String> pin : new TreeMap<>(pinnedSide.pinned()).entrySet()) {
            String label = pin.getKey();
            if (!matching.comparesLabel(label) || otherSide.pinned().containsKey(label)) {
                continue;
            }
            boolean otherCarries = otherSide.names().contains(label) || !otherSide.complete() && sameMetric.getAsBoolean();
            if (otherCarries) {
                findings.report(binary.position(), "the " + side + " side keeps only " + label + "=\"" + pin.getValue()
                        + "\" and the sides match one-to-one on " + label + ", so each series is divided by itself; "
                        + "aggregate both sides by the labels that matter (e.g. sum by (...)) or add ignoring(" + label + ")");
            }
        }
    }
}
