package dev.obsgen.core.check.promql;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.promql.Call;
import dev.obsgen.promql.Duration;
import dev.obsgen.promql.Expr;
import dev.obsgen.promql.ExprWalker;
import dev.obsgen.promql.MatrixSelector;
import java.util.Optional;
import java.util.Set;

/**
 * A rate needs at least two samples in its range; with a range under twice the scrape interval one missed scrape
 * leaves one sample, and the series disappears from the result.
 */
@CheckDefinition(
        id = "promql/rate-range",
        severity = FindingSeverity.ERROR,
        summary = "The range of rate, increase, irate and deriv is at least twice the scrape interval of the metric.",
        example = "rate(x_total[1m]) where x_total is scraped every 60s",
        fix = "Use a range of at least twice the scrape interval: rate(x_total[2m]), or $__rate_interval in Grafana.",
        needsTypes = true)
public final class RateRange implements QueryCheck {
    private static final Set<String> TWO_SAMPLE_FUNCTIONS = Set.of("rate", "irate", "increase", "deriv", "delta",
            "idelta", "resets", "changes", "predict_linear");

    @Override
    public void check(QueryContext context, QueryFindings findings) {
        ExprWalker.forEach(context.ast(), (node, ancestors) -> {
            if (!(node instanceof Call call) || !TWO_SAMPLE_FUNCTIONS.contains(call.name()) || call.args().isEmpty()) {
                return;
            }
            Expr arg = ExprWalker.unwrapParens(call.args().get(0));
            if (!(arg instanceof MatrixSelector matrix)) {
                return;
            }
            Optional<Duration> range = matrix.rangeDuration();
            matrix.selector().metricName().flatMap(context.catalog()::lookup).flatMap(CatalogEntry::scrapeInterval)
                    .ifPresent(interval -> range.ifPresent(r -> {
                        if (r.millis() < 2 * interval) {
                            findings.report(matrix.position(), call.name() + "() over " + r + " of '"
                                    + matrix.selector().metricName().orElse("") + "', which is scraped every "
                                    + interval / 1000 + "s; use a range of at least " + (2 * interval / 1000) + "s");
                        }
                    }));
        });
    }
}
