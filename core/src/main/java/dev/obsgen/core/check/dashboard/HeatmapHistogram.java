package dev.obsgen.core.check.dashboard;

import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.HeatmapPanel;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PrometheusTarget;
import dev.obsgen.model.metric.Histogram;
import dev.obsgen.model.metric.Metric;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A heatmap of a Prometheus histogram draws the histogram's own buckets: the query reads {@code _bucket}, keeps
 * {@code le} (aggregating {@code by (le)}), and returns heatmap format so Grafana turns the cumulative buckets into
 * per-bucket counts; the panel does not recompute buckets. Anything else draws buckets of buckets or cumulative counts.
 */
public final class HeatmapHistogram implements ModelCheck {
    private static final Pattern KEEPS_LE = Pattern.compile("\\bby\\s*\\([^)]*\\ble\\b[^)]*\\)");

    @Override
    public String id() {
        return "dashboard/heatmap-histogram";
    }

    @Override
    public String summary() {
        return "A heatmap of a histogram reads _bucket by le in heatmap format, without recomputing buckets.";
    }

    @Override
    public String example() {
        return "a heatmap of sum(rate(x_bucket[...])) without le, in time series format, or calculated";
    }

    @Override
    public String fix() {
        return "Query sum by (le) (rate(x_bucket[$__rate_interval])) with format heatmap and calculate false.";
    }

    @Override
    public FindingSeverity severity() {
        return FindingSeverity.ERROR;
    }

    @Override
    public void check(Observability model, FindingSink findings) {
        List<Histogram> histograms = model.metrics().stream()
                .filter(Histogram.class::isInstance).map(Histogram.class::cast).toList();
        for (Dashboard dashboard : model.dashboards()) {
            for (Panel panel : dashboard.allPanels()) {
                if (panel instanceof HeatmapPanel heatmap) {
                    for (PrometheusTarget target : panel.common().targets()) {
                        check(dashboard, heatmap, target, histograms, findings);
                    }
                }
            }
        }
    }

    private static void check(Dashboard dashboard, HeatmapPanel panel, PrometheusTarget target, List<Histogram> histograms,
                              FindingSink findings) {
        List<String> names = QueryTokens.scan(target.expr()).metrics().stream().map(QueryTokens.MetricToken::name).toList();
        boolean readsHistogram = histograms.stream().map(Metric::seriesNames).flatMap(List::stream).anyMatch(names::contains)
                || histograms.stream().map(Metric::name).anyMatch(names::contains);
        if (!readsHistogram) {
            return;
        }
        String element = DashboardElements.target(dashboard, panel, target);
        if (names.stream().noneMatch(n -> n.endsWith("_bucket"))) {
            findings.report(element, "a heatmap of a histogram reads its _bucket series", target.expr());
        }
        if (!KEEPS_LE.matcher(target.expr()).find()) {
            findings.report(element, "aggregate by (le) so each bucket stays a row of the heatmap", target.expr());
        }
        if (target.format() != PrometheusTarget.Format.HEATMAP) {
            findings.report(element, "use format heatmap so Grafana turns cumulative buckets into per-bucket counts");
        }
        if (panel.options().calculate() || panel.options().rowsLayout() != HeatmapPanel.RowsLayout.LE) {
            findings.report(DashboardElements.panel(dashboard, panel),
                    "set calculate false and rows layout le: the buckets are already computed by Prometheus");
        }
    }
}
