package dev.obsgen.core.check.dashboard;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
import dev.obsgen.core.check.promql.CatalogEntry;
import dev.obsgen.core.check.promql.ModelCatalog;
import dev.obsgen.core.dashboard.DashboardElements;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.Panel;

/**
 * A panel's {@code .metric(m)} gives the panel the metric's unit; a metric the model does not declare (a typo, a
 * copy left behind by a rename) would give it a unit nothing checks, so it is an error rather than a hint.
 */
@CheckDefinition(id = "dashboard/panel-metric", severity = FindingSeverity.ERROR,
        summary = "A panel's metric (.metric(m)) is one the model declares.",
        example = "Panel.timeseries(\"Latency\").metric(Metric.histogram(\"http_request_seconds\").build())",
        fix = "Declare the metric in the model (withMetric), or pass the declared one.")
public final class PanelMetric implements ModelCheck {
    @Override
    public void check(Observability model, FindingSink findings) {
        ModelCatalog catalog = null;
        for (Dashboard dashboard : model.dashboards()) {
            for (Panel panel : dashboard.allPanels()) {
                String metric = panel.common().metric();
                if (metric != null && model.metric(metric).isEmpty()) {
                    // Built on the first miss only; the catalog names series, so the closest one leads back to the
                    // metric it belongs to (a histogram's _bucket, _sum or _count to the histogram).
                    catalog = catalog == null ? ModelCatalog.of(model) : catalog;
                    String hint = catalog.closest(metric).flatMap(catalog::lookup).map(CatalogEntry::metric)
                            .filter(m -> model.metric(m).isPresent())
                            .map(m -> "; did you mean '" + m + "'?").orElse("");
                    findings.report(DashboardElements.panel(dashboard, panel), "metric '" + metric
                            + "' is not declared in the model, and a panel's metric gives it its unit" + hint);
                }
            }
        }
    }
}
