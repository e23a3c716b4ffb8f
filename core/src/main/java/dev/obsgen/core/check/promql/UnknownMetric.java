package dev.obsgen.core.check.promql;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.promql.ExprWalker;
import dev.obsgen.promql.NodePath;
import dev.obsgen.promql.VectorSelector;

/** A query over a metric nobody declared returns nothing, silently: the commonest dashboard and alert bug. */
@CheckDefinition(
        id = "promql/unknown-metric",
        severity = FindingSeverity.ERROR,
        summary = "Every metric a query selects is declared (or recorded by a rule).",
        example = "rate(metaflow_run_total[5m])  (declared: metaflow_runs_total)",
        fix = "Use the declared name (the message suggests the closest), or declare the metric.",
        needsTypes = true)
public final class UnknownMetric implements QueryCheck {
    @Override
    public void check(QueryContext context, QueryFindings findings) {
        if (!context.catalog().complete()) {
            return;
        }
        for (VectorSelector selector : ExprWalker.vectorSelectors(context.ast()).stream().map(NodePath::node).toList()) {
            selector.metricName().ifPresent(name -> {
                if (context.catalog().lookup(name).isEmpty()) {
                    String hint = context.catalog().closest(name).map(c -> "; did you mean '" + c + "'?").orElse("");
                    findings.report(selector.position(), "metric '" + name + "' is not declared" + hint);
                }
            });
        }
    }
}
