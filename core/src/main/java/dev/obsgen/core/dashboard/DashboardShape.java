package dev.obsgen.core.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * What the dashboard checks read of a dashboard, whether it was declared in a model ({@link ModelDashboards}) or
 * read from a Grafana dashboard JSON file ({@link JsonDashboard}): one shape, so a check has one implementation for
 * both. {@code panels} are those above the first row; each row holds its own, collapsed or not. {@code scrapeMillis}
 * is the scrape interval Grafana's interval variables are derived from when a query is substituted.
 */
public record DashboardShape(String uid, String title, List<PanelShape> panels, List<RowShape> rows,
                             List<VariableShape> variables, List<AnnotationShape> annotations, long scrapeMillis) {
    public DashboardShape {
        uid = uid == null ? "" : uid;
        title = title == null ? "" : title;
        panels = List.copyOf(panels);
        rows = List.copyOf(rows);
        variables = List.copyOf(variables);
        annotations = List.copyOf(annotations);
    }

    /** Every panel, those in rows included, in dashboard order. */
    public List<PanelShape> allPanels() {
        List<PanelShape> all = new ArrayList<>(panels);
        rows.forEach(row -> all.addAll(row.panels()));
        return all;
    }

    /**
     * The dashboard's PromQL: every panel query, then every annotation query, with Grafana's variables substituted
     * (see {@link GrafanaVariables}). This is the one walk over a dashboard's queries; see {@link DashboardQuery}
     * for which targets it yields.
     */
    public List<DashboardQuery> queries() {
        List<DashboardQuery> queries = new ArrayList<>();
        for (PanelShape panel : allPanels()) {
            for (TargetShape target : panel.targets()) {
                if (target.isQuery()) {
                    queries.add(new DashboardQuery(this, panel, target, DashboardElements.target(this, panel, target),
                            target.expr(), GrafanaVariables.substitute(target.expr(), scrapeMillis)));
                }
            }
        }
        for (AnnotationShape annotation : annotations) {
            if (!annotation.expr().isBlank()) {
                queries.add(new DashboardQuery(this, null, null, DashboardElements.annotation(this, annotation),
                        annotation.expr(), GrafanaVariables.substitute(annotation.expr(), scrapeMillis)));
            }
        }
        return queries;
    }

    /** Whether a datasource variable is declared under this name. */
    public boolean declaresDatasourceVariable(String name) {
        return variables.stream().anyMatch(v -> v.isDatasource() && v.name().equals(name));
    }
}
