package dev.obsgen.core.check.dashboard;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.CheckedModel;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.CheckedModelCheck;
import dev.obsgen.core.dashboard.DashboardElements;
import dev.obsgen.core.dashboard.DashboardQuery;
import dev.obsgen.core.dashboard.DashboardShape;
import dev.obsgen.core.dashboard.PanelShape;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.PrometheusTarget;
import dev.obsgen.model.metric.Histogram;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.promql.Aggregate;
import dev.obsgen.promql.Expr;
import dev.obsgen.promql.ExprWalker;
import dev.obsgen.promql.NodePath;
import dev.obsgen.promql.ParseException;
import dev.obsgen.promql.PromQL;
import dev.obsgen.promql.VectorSelector;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A heatmap of a Prometheus histogram draws the histogram's own buckets: the query reads {@code _bucket}, keeps
 * {@code le} through every aggregation ({@code sum by (le)}), and returns heatmap format so Grafana turns the
 * cumulative buckets into per-bucket counts; the panel does not recompute buckets. Anything else draws buckets of
 * buckets or cumulative counts. The parsed query is read, so a {@code by (le)} in a comment or a label value does not
 * count. It needs the model's histograms, so it does not run on dashboard files.
 */
@CheckDefinition(
        id = "dashboard/heatmap-histogram",
        severity = FindingSeverity.ERROR,
        summary = "A heatmap of a histogram reads _bucket by le in heatmap format, without recomputing buckets.",
        example = "a heatmap of sum(rate(x_bucket[...])) without le, in time series format, or calculated",
        fix = "Query sum by (le) (rate(x_bucket[$__rate_interval])) with format heatmap and calculate false.")
public final class HeatmapHistogram implements CheckedModelCheck {
    @Override
    public void check(CheckedModel checked, FindingSink findings) {
        Observability model = checked.model();
        Set<String> histogramSeries = new HashSet<>();
        for (Metric metric : model.metrics()) {
            if (metric instanceof Histogram) {
                histogramSeries.add(metric.name());
                histogramSeries.addAll(metric.seriesNames());
            }
        }
        for (DashboardShape dashboard : checked.dashboards()) {
            if (dashboard.allPanels().stream().noneMatch(PanelShape::isHeatmap)) {
                continue;
            }
            for (DashboardQuery query : dashboard.queries()) {
                if (query.panel() != null && query.panel().isHeatmap()) {
                    check(query, histogramSeries, findings);
                }
            }
        }
    }

    private static void check(DashboardQuery query, Set<String> histogramSeries, FindingSink findings) {
        Expr root;
        try {
            root = PromQL.parse(query.expr());
        } catch (ParseException e) {
            return;
        }
        List<String> names = ExprWalker.vectorSelectors(root).stream().map(NodePath::node)
                .map(VectorSelector::metricName).flatMap(Optional::stream).toList();
        if (names.stream().noneMatch(histogramSeries::contains)) {
            return;
        }
        if (names.stream().noneMatch(n -> n.endsWith("_bucket"))) {
            findings.report(query.element(), "a heatmap of a histogram reads its _bucket series", query.text());
        }
        List<Aggregate> aggregates = ExprWalker.find(root, Aggregate.class).stream().map(NodePath::node).toList();
        if (aggregates.isEmpty() || !aggregates.stream().allMatch(a -> a.preservesLabel("le"))) {
            findings.report(query.element(), "aggregate by (le) so each bucket stays a row of the heatmap", query.text());
        }
        if (!query.target().format().equals(PrometheusTarget.Format.HEATMAP.id())) {
            findings.report(query.element(), "use format heatmap so Grafana turns cumulative buckets into per-bucket counts");
        }
        if (query.panel().computesBuckets()) {
            findings.report(DashboardElements.panel(query.dashboard(), query.panel()),
                    "set calculate false and rows layout le: the buckets are already computed by Prometheus");
        }
    }
}
