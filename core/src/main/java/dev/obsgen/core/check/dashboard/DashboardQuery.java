package dev.obsgen.core.check.dashboard;

import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.AnnotationQuery;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PrometheusTarget;
import java.util.ArrayList;
import java.util.List;

/** One PromQL expression of a dashboard (a panel query or an annotation query) and the element it belongs to. */
record DashboardQuery(Dashboard dashboard, Panel panel, String element, String expr) {
    static List<DashboardQuery> all(Observability model) {
        List<DashboardQuery> queries = new ArrayList<>();
        for (Dashboard dashboard : model.dashboards()) {
            for (Panel panel : dashboard.allPanels()) {
                for (PrometheusTarget target : panel.common().targets()) {
                    queries.add(new DashboardQuery(dashboard, panel, DashboardElements.target(dashboard, panel, target),
                            target.expr()));
                }
            }
            for (AnnotationQuery annotation : dashboard.annotations()) {
                queries.add(new DashboardQuery(dashboard, null,
                        "annotation '" + annotation.name() + "' of " + DashboardElements.dashboard(dashboard),
                        annotation.expr()));
            }
        }
        return queries;
    }
}
