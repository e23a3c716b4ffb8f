package dev.obsgen.core.check.dashboard;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
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
        ModelCatalog catalog = ModelCatalog.of(model);
        for (Dashboard dashboard : model.dashboards()) {
            for (Panel panel : dashboard.allPanels()) {
                String metric = panel == null ? null : panel.common().metric();
                if (metric != null && model.metric(metric).isEmpty()) {
                    String hint = catalog.closest(metric).filter(c -> model.metric(c).isPresent())
                            .map(c -> "; did you mean '" + c + "'?").orElse("");
                    findings.report(DashboardElements.panel(dashboard, panel), "metric '" + metric
                            + "' is not declared in the model, and a panel's metric gives it its unit" + hint);
                }
            }
        }
    }
}
