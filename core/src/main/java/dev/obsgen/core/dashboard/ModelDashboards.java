package dev.obsgen.core.dashboard;

import dev.obsgen.core.check.PromDuration;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.AnnotationQuery;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.HeatmapPanel;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PrometheusTarget;
import dev.obsgen.model.dashboard.QueryVariable;
import dev.obsgen.model.dashboard.Row;
import dev.obsgen.model.dashboard.TextPanel;
import dev.obsgen.model.dashboard.Variable;
import dev.obsgen.model.scrape.ScrapeJob;
import java.util.List;

/** A model's dashboards as the shape the dashboard checks read. */
public final class ModelDashboards {
    private ModelDashboards() {
    }

    public static List<DashboardShape> of(Observability model) {
        long scrape = scrapeMillis(model);
        return model.dashboards().stream().map(dashboard -> of(dashboard, scrape)).toList();
    }

    /**
     * The scrape interval Grafana's {@code $__rate_interval} is derived from for a model's panels: the longest of the
     * global and the jobs' intervals, so a substituted rate range covers every job.
     */
    public static long scrapeMillis(Observability model) {
        long scrape = model.prometheus() == null ? 60_000 : PromDuration.millis(model.prometheus().scrapeInterval());
        for (ScrapeJob job : model.scrapeJobs()) {
            scrape = Math.max(scrape, job.interval() == null ? 0 : PromDuration.millis(job.interval()));
        }
        return scrape;
    }

    public static DashboardShape of(Dashboard dashboard, long scrapeMillis) {
        return new DashboardShape(dashboard.uid(), dashboard.title(),
                dashboard.panels().stream().map(ModelDashboards::panel).toList(),
                dashboard.rows().stream().map(ModelDashboards::row).toList(),
                dashboard.variables().stream().map(ModelDashboards::variable).toList(),
                dashboard.annotations().stream().map(ModelDashboards::annotation).toList(), scrapeMillis);
    }

    private static RowShape row(Row row) {
        return new RowShape(row.id(), row.title(), row.collapsed(), row.gridPos(),
                row.panels().stream().map(ModelDashboards::panel).toList());
    }

    private static PanelShape panel(Panel panel) {
        boolean computesBuckets = panel instanceof HeatmapPanel heatmap
                && (heatmap.options().calculate() || heatmap.options().rowsLayout() != HeatmapPanel.RowsLayout.LE);
        return new PanelShape(panel.common().id(), panel.title(), panel.type(), panel.common().description(),
                panel.common().fieldConfig().unit() == null ? "" : panel.common().fieldConfig().unit().id(),
                // A text panel reads no data source; Grafana's JSON of one has none.
                panel.common().gridPos(), panel instanceof TextPanel ? "" : panel.common().datasource().uid(),
                panel.common().targets().stream().map(ModelDashboards::target).toList(), false, computesBuckets);
    }

    private static TargetShape target(PrometheusTarget target) {
        return new TargetShape(target.refId(), target.expr(), target.hide(), target.format().id(),
                target.datasource().uid());
    }

    private static VariableShape variable(Variable variable) {
        if (variable instanceof QueryVariable query) {
            return new VariableShape(query.name(), query.type(), query.query(), query.datasource().uid(),
                    query.refresh().code());
        }
        return new VariableShape(variable.name(), variable.type(), "", "", 0);
    }

    private static AnnotationShape annotation(AnnotationQuery annotation) {
        return new AnnotationShape(annotation.name(), annotation.expr(),
                annotation.datasource() == null ? "" : annotation.datasource().uid());
    }
}
