package dev.obsgen.core.check.dashboard;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.CheckInput;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.dashboard.DashboardQuery;
import dev.obsgen.core.dashboard.DashboardShape;
import dev.obsgen.promql.Call;
import dev.obsgen.promql.DurationExpr;
import dev.obsgen.promql.Expr;
import dev.obsgen.promql.ExprWalker;
import dev.obsgen.promql.MatrixSelector;
import dev.obsgen.promql.NodePath;
import dev.obsgen.promql.ParseException;
import dev.obsgen.promql.PromQL;
import dev.obsgen.promql.Subquery;
import java.util.List;
import java.util.Set;

/**
 * A fixed rate window is too short when zoomed out (the graph skips samples) and can be shorter than two scrapes (no
 * value at all); Grafana's {@code $__rate_interval} avoids both. {@code increase} over a deliberate window (such as 24h
 * or the dashboard range) is not a rate and is left alone. The parsed query is read, with Grafana's variables
 * substituted, and the range of each {@code rate}/{@code irate} (a range selector's or a subquery's) is looked up in
 * the query as written: it is the variable itself ({@code $__rate_interval} or {@code ${__rate_interval}}), not text
 * that merely contains it. A query that does not parse is left to {@code promql/syntax}.
 */
@CheckDefinition(
        id = "dashboard/rate-interval",
        severity = FindingSeverity.ERROR,
        summary = "Every rate and irate in a dashboard query takes its range from $__rate_interval.",
        example = "sum(rate(http_requests_total[5m])) in a panel",
        fix = "sum(rate(http_requests_total[$__rate_interval])).",
        inputs = {CheckInput.MODEL, CheckInput.DASHBOARD_FILES})
public final class DashboardRateInterval implements DashboardCheck {
    static final String RATE_INTERVAL = "$__rate_interval";
    private static final Set<String> RATE_INTERVAL_SPELLINGS = Set.of(RATE_INTERVAL, "${__rate_interval}");
    private static final Set<String> RATES = Set.of("rate", "irate");

    @Override
    public void check(List<DashboardShape> dashboards, FindingSink findings) {
        for (DashboardShape dashboard : dashboards) {
            for (DashboardQuery query : dashboard.queries()) {
                // Function names are case-sensitive: a query that does not hold the word has no rate to check, and
                // most panels of a large organisation are not parsed twice.
                if (!query.expr().contains("rate")) {
                    continue;
                }
                Expr root;
                try {
                    root = PromQL.parse(query.expr());
                } catch (ParseException e) {
                    continue;
                }
                for (NodePath<Call> use : ExprWalker.find(root, Call.class)) {
                    Call call = use.node();
                    if (!RATES.contains(call.name()) || call.args().isEmpty()) {
                        continue;
                    }
                    DurationExpr range = range(call.args().get(0));
                    if (range == null) {
                        continue;
                    }
                    String written = query.textOf(range.position()).strip();
                    if (!RATE_INTERVAL_SPELLINGS.contains(written)) {
                        findings.report(query.element(), call.name() + " over [" + written + "]: use ["
                                + RATE_INTERVAL + "], which never drops below four scrape intervals and follows the "
                                + "zoom level", query.text());
                    }
                }
            }
        }
    }

    /** The range a rate is taken over, parentheses around its argument aside. */
    private static DurationExpr range(Expr argument) {
        Expr inner = ExprWalker.unwrapParens(argument);
        if (inner instanceof MatrixSelector matrix) {
            return matrix.range();
        }
        if (inner instanceof Subquery subquery) {
            return subquery.range();
        }
        return null;
    }
}
