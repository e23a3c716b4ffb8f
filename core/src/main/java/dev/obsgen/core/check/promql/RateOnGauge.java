package dev.obsgen.core.check.promql;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.model.metric.MetricType;
import dev.obsgen.promql.Call;
import dev.obsgen.promql.Expr;
import dev.obsgen.promql.ExprWalker;
import dev.obsgen.promql.MatrixSelector;
import dev.obsgen.promql.Subquery;
import dev.obsgen.promql.VectorSelector;

/**
 * {@code rate}, {@code increase} and {@code irate} treat every decrease as a counter reset, so on a gauge they
 * invent growth; use {@code deriv} or {@code delta} for a gauge's change.
 */
@CheckDefinition(
        id = "promql/rate-on-gauge",
        severity = FindingSeverity.ERROR,
        summary = "rate, increase and irate are applied to counters only, never to gauges.",
        example = "rate(batch_pending_jobs[5m])",
        fix = "deriv(batch_pending_jobs[5m]) for the trend of a gauge, or delta(...) for its change.",
        needsTypes = true)
public final class RateOnGauge implements QueryCheck {
    @Override
    public void check(QueryContext context, QueryFindings findings) {
        ExprWalker.forEach(context.ast(), (node, ancestors) -> {
            if (!(node instanceof Call call) || !CounterWithoutRate.RATE_FUNCTIONS.contains(call.name())
                    || call.args().isEmpty()) {
                return;
            }
            Expr arg = ExprWalker.unwrapParens(call.args().get(0));
            if (arg instanceof Subquery) {
                return;
            }
            VectorSelector selector = arg instanceof MatrixSelector matrix ? matrix.selector() : null;
            if (selector == null) {
                return;
            }
            selector.metricName().flatMap(context.catalog()::lookup)
                    .filter(entry -> !entry.recorded() && entry.type() != null && !entry.isCounterLike())
                    .ifPresent(entry -> findings.report(call.position(), call.name() + "() of '" + entry.series()
                            + "', which is a " + (entry.type() == MetricType.SUMMARY ? "summary quantile" : "gauge")
                            + "; " + call.name() + " reads decreases as counter resets. Use deriv() or delta() for a gauge"));
        });
    }
}
