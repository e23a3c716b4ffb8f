package dev.obsgen.core.check.dashboard;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.dashboard.DashboardElements;
import dev.obsgen.core.dashboard.DashboardShape;
import dev.obsgen.core.dashboard.PanelShape;
import dev.obsgen.core.dashboard.RowShape;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Grafana addresses panels by id (view links, library panels, edits); two with one id make one of them unreachable.
 * Rows count, and panels inside collapsed rows too.
 */
@CheckDefinition(
        id = "dashboard/panel-ids",
        severity = FindingSeverity.ERROR,
        summary = "Panel and row ids are unique within a dashboard.",
        example = "two panels placed with id 1",
        fix = "Let the layout number the panels, or give each an id of its own.")
public final class PanelIds implements DashboardCheck {
    @Override
    public void check(List<DashboardShape> dashboards, FindingSink findings) {
        for (DashboardShape dashboard : dashboards) {
            Set<Integer> seen = new HashSet<>();
            for (RowShape row : dashboard.rows()) {
                claim(findings, dashboard, seen, row.id(), "row '" + row.title() + "'");
            }
            for (PanelShape panel : dashboard.allPanels()) {
                claim(findings, dashboard, seen, panel.id(), "panel '" + panel.title() + "'");
            }
        }
    }

    private static void claim(FindingSink findings, DashboardShape dashboard, Set<Integer> seen, Integer id, String what) {
        if (id == null) {
            findings.report(DashboardElements.dashboard(dashboard), what + " has no id; build the dashboard with its builder");
        } else if (!seen.add(id)) {
            findings.report(DashboardElements.dashboard(dashboard), what + " reuses id " + id
                    + "; Grafana links, repeats and edits panels by id");
        }
    }
}
