package dev.obsgen.core.dashboard;

import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.Panel;

/**
 * How findings name the parts of a dashboard, the same for a model's and a JSON file's, so suppressions, reports and
 * lint's line lookup all see one name: {@code panel 'Errors' (query A) of dashboard 'shop'}.
 */
public final class DashboardElements {
    private DashboardElements() {
    }

    /** A dashboard by its uid, or by its title when it has none (a JSON file may lack one). */
    public static String dashboard(DashboardShape dashboard) {
        return dashboard(dashboard.uid(), dashboard.title());
    }

    private static String dashboard(String uid, String title) {
        return "dashboard '" + (uid == null || uid.isEmpty() ? title : uid) + "'";
    }

    public static String panel(DashboardShape dashboard, PanelShape panel) {
        return "panel '" + panel.title() + "' of " + dashboard(dashboard);
    }

    /** A model's panel, for the checks that read what only the model has (a panel's declared metric). */
    public static String panel(Dashboard dashboard, Panel panel) {
        return "panel '" + panel.title() + "' of " + dashboard(dashboard.uid(), dashboard.title());
    }

    public static String row(DashboardShape dashboard, RowShape row) {
        return "row '" + row.title() + "' of " + dashboard(dashboard);
    }

    public static String target(DashboardShape dashboard, PanelShape panel, TargetShape target) {
        return "panel '" + panel.title() + "'" + (target.refId().isEmpty() ? "" : " (query " + target.refId() + ")")
                + " of " + dashboard(dashboard);
    }

    public static String variable(DashboardShape dashboard, VariableShape variable) {
        return "variable '" + variable.name() + "' of " + dashboard(dashboard);
    }

    public static String annotation(DashboardShape dashboard, AnnotationShape annotation) {
        return "annotation '" + annotation.name() + "' of " + dashboard(dashboard);
    }
}
