package dev.obsgen.core.check.promql;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.promql.Binary;
import dev.obsgen.promql.ExprWalker;
import dev.obsgen.promql.LabelMatcher;
import dev.obsgen.promql.ValueType;
import dev.obsgen.promql.VectorMatching;
import java.util.Set;
import java.util.TreeSet;

/**
 * Two vectors pair up only when every compared label is equal; when one side always carries a compared label and
 * the other never does, no pair exists and the operation returns nothing.
 */
@CheckDefinition(
        id = "promql/impossible-match",
        severity = FindingSeverity.ERROR,
        summary = "The two sides of a binary operation can match: no compared label is on one side only.",
        example = "sum by (flow) (a) / sum by (queue) (b)",
        fix = "Aggregate both sides to the same labels, or say what to match with on(...) or ignoring(...).",
        needsTypes = true)
public final class ImpossibleMatch implements QueryCheck {
    @Override
    public void check(QueryContext context, QueryFindings findings) {
        ExprWalker.forEach(context.ast(), (node, ancestors) -> {
            if (!(node instanceof Binary binary) || binary.lhs().type() != ValueType.INSTANT_VECTOR
                    || binary.rhs().type() != ValueType.INSTANT_VECTOR || binary.op() == dev.obsgen.promql.BinaryOp.OR) {
                return;
            }
            Labels left = context.labels().of(binary.lhs());
            Labels right = context.labels().of(binary.rhs());
            // Only declared labels are certainly present: a grouping label the input may lack matches an empty one.
            if (!context.catalog().complete() || !left.complete() || !right.complete()) {
                return;
            }
            VectorMatching matching = binary.matching() == null ? VectorMatching.defaultFor(binary.op()) : binary.matching();
            Set<String> onlyOneSide = new TreeSet<>();
            for (String label : left.names()) {
                if (!right.names().contains(label) && compares(matching, label)) {
                    onlyOneSide.add(label);
                }
            }
            for (String label : right.names()) {
                if (!left.names().contains(label) && compares(matching, label)) {
                    onlyOneSide.add(label);
                }
            }
            if (!onlyOneSide.isEmpty()) {
                findings.report(binary.position(), "the sides of '" + binary.op().symbol() + "' can never match: "
                        + onlyOneSide + " " + (onlyOneSide.size() == 1 ? "is" : "are") + " compared but carried by one side only; "
                        + "left carries " + left.shown() + ", right carries " + right.shown()
                        + "; use on(...) or ignoring(...)");
            }
        });
    }

    /** Without on (...), Prometheus pairs series on their labels less the metric name. */
    private static boolean compares(VectorMatching matching, String label) {
        return matching.comparesLabel(label) && (matching.on() || !label.equals(LabelMatcher.METRIC_NAME_LABEL));
    }
}
