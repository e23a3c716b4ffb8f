package dev.obsgen.core.check.promql;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.promql.ExprWalker;
import dev.obsgen.promql.LabelMatcher;
import dev.obsgen.promql.MatchType;
import dev.obsgen.promql.NodePath;
import dev.obsgen.promql.VectorSelector;
import java.util.List;

/** A label with declared values matched against a value it never takes: the query selects nothing. */
@CheckDefinition(
        id = "promql/label-value",
        severity = FindingSeverity.ERROR,
        summary = "A matcher on a label with declared values can match one of them.",
        example = "metaflow_runs_total{status=\"failure\"} where status is declared as completed|failed|killed",
        fix = "Match a declared value (status=\"failed\"), or declare the new value on the label.",
        needsTypes = true)
public final class LabelValue implements QueryCheck {
    @Override
    public void check(QueryContext context, QueryFindings findings) {
        for (VectorSelector selector : ExprWalker.vectorSelectors(context.ast()).stream().map(NodePath::node).toList()) {
            selector.metricName().flatMap(context.catalog()::lookup).ifPresent(entry -> {
                for (LabelMatcher matcher : selector.matchers()) {
                    List<String> allowed = entry.allowedValues().get(matcher.name());
                    if (allowed == null || matcher.type().isNegative() || matcher.value().isEmpty()) {
                        continue;
                    }
                    boolean matchesOne = allowed.stream().anyMatch(matcher::matches);
                    if (!matchesOne) {
                        findings.report(matcher.position(), (matcher.type() == MatchType.EQUAL ? "value" : "pattern")
                                + " '" + matcher.value() + "' of label '" + matcher.name() + "' matches none of the values "
                                + "declared for metric '" + entry.metric() + "': " + allowed);
                    }
                }
            });
        }
    }
}
