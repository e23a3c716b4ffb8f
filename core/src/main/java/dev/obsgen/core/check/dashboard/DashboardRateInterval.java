package dev.obsgen.core.check.dashboard;

import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
import dev.obsgen.model.Observability;

/**
 * A fixed rate window is too short when zoomed out (the graph skips samples) and can be shorter than two scrapes (no
 * value at all); Grafana's {@code $__rate_interval} avoids both. {@code increase} over a deliberate window (such as 24h
 * or the dashboard range) is not a rate and is left alone.
 */
public final class DashboardRateInterval implements ModelCheck {
    static final String RATE_INTERVAL = "$__rate_interval";

    @Override
    public String id() {
        return "dashboard/rate-interval";
    }

    @Override
    public String summary() {
        return "Every rate and irate in a dashboard query takes its range from $__rate_interval.";
    }

    @Override
    public String example() {
        return "sum(rate(http_requests_total[5m])) in a panel";
    }

    @Override
    public String fix() {
        return "sum(rate(http_requests_total[$__rate_interval])).";
    }

    @Override
    public FindingSeverity severity() {
        return FindingSeverity.ERROR;
    }

    @Override
    public void check(Observability model, FindingSink findings) {
        for (DashboardQuery query : DashboardQuery.all(model)) {
            for (QueryTokens.RateRange rate : QueryTokens.scan(query.expr()).rates()) {
                if (!rate.range().equals(RATE_INTERVAL)) {
                    findings.report(query.element(), rate.function() + " over [" + rate.range() + "]: use ["
                            + RATE_INTERVAL + "], which never drops below four scrape intervals and follows the zoom level",
                            query.expr());
                }
            }
        }
    }
}
