package dev.obsgen.core.check.promql;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.promql.Aggregate;
import dev.obsgen.promql.Binary;
import dev.obsgen.promql.Cardinality;
import dev.obsgen.promql.ExprWalker;
import dev.obsgen.promql.LabelMatcher;
import dev.obsgen.promql.VectorMatching;
import dev.obsgen.promql.VectorSelector;

/**
 * A label the series cannot carry: a matcher on it selects nothing (or everything, negated), and grouping or
 * matching by it collapses the result. Checked against the declared labels of each metric plus its target labels.
 */
@CheckDefinition(
        id = "promql/unknown-label",
        severity = FindingSeverity.ERROR,
        summary = "Matchers, by/without, on/ignoring and group_left/group_right name labels the series carry.",
        example = "queue_depth{queues=\"a\"}, sum by (flow) (queue_depth)",
        fix = "Use a label the metric declares (or a target label such as job and instance), or declare it.",
        needsTypes = true)
public final class UnknownLabel implements QueryCheck {
    @Override
    public void check(QueryContext context, QueryFindings findings) {
        ExprWalker.forEach(context.ast(), (node, ancestors) -> {
            if (node instanceof VectorSelector selector) {
                selector.metricName().flatMap(context.catalog()::lookup).filter(CatalogEntry::labelsKnown).ifPresent(entry -> {
                    for (LabelMatcher matcher : selector.matchers()) {
                        if (!matcher.isMetricName() && !entry.labels().contains(matcher.name())
                                && !matcher.matchesEmpty()) {
                            findings.report(matcher.position(), "metric '" + entry.series() + "' has no label '"
                                    + matcher.name() + "'; its labels are " + sorted(entry));
                        }
                    }
                });
            } else if (node instanceof Aggregate aggregate) {
                Labels input = context.labels().of(aggregate.expr());
                for (String label : aggregate.grouping()) {
                    if (input.certainlyLacks(label) && !label.equals(LabelMatcher.METRIC_NAME_LABEL)) {
                        findings.report(aggregate.position(), aggregate.op().keyword() + (aggregate.without() ? " without" : " by")
                                + " names label '" + label + "', which its input does not carry"
                                + (input.complete() ? "; it carries " + input.shown() : ""));
                    }
                }
            } else if (node instanceof Binary binary && binary.matching() != null) {
                VectorMatching matching = binary.matching();
                Labels left = context.labels().of(binary.lhs());
                Labels right = context.labels().of(binary.rhs());
                for (String label : matching.matchingLabels()) {
                    if (left.certainlyLacks(label) && right.certainlyLacks(label)) {
                        findings.report(binary.position(), (matching.on() ? "on" : "ignoring") + " names label '" + label
                                + "', which neither side carries");
                    }
                }
                Labels one = matching.cardinality() == Cardinality.ONE_TO_MANY ? left : right;
                for (String label : matching.include()) {
                    if (one.certainlyLacks(label)) {
                        findings.report(binary.position(), (matching.cardinality() == Cardinality.ONE_TO_MANY
                                ? "group_right" : "group_left") + " copies label '" + label
                                + "', which the other side does not carry");
                    }
                }
            }
        });
    }

    private static String sorted(CatalogEntry entry) {
        return new java.util.TreeSet<>(entry.labels()).toString();
    }
}
