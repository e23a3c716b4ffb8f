package dev.obsgen.core.check.dashboard;

import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.Row;
import java.util.HashSet;
import java.util.Set;

/**
 * Grafana addresses panels by id (view links, library panels, edits); two with one id make one of them unreachable.
 * Rows count, and panels inside collapsed rows too.
 */
public final class PanelIds implements ModelCheck {
    @Override
    public String id() {
        return "dashboard/panel-ids";
    }

    @Override
    public String summary() {
        return "Panel and row ids are unique within a dashboard.";
    }

    @Override
    public String example() {
        return "two panels placed with id 1";
    }

    @Override
    public String fix() {
        return "Let the layout number the panels, or give each an id of its own.";
    }

    @Override
    public FindingSeverity severity() {
        return FindingSeverity.ERROR;
    }

    @Override
    public void check(Observability model, FindingSink findings) {
        for (Dashboard dashboard : model.dashboards()) {
            Set<Integer> seen = new HashSet<>();
            for (Row row : dashboard.rows()) {
                claim(findings, dashboard, seen, row.id(), "row '" + row.title() + "'");
            }
            for (Panel panel : dashboard.allPanels()) {
                claim(findings, dashboard, seen, panel.common().id(), "panel '" + panel.title() + "'");
            }
        }
    }

    private static void claim(FindingSink findings, Dashboard dashboard, Set<Integer> seen, Integer id, String what) {
        if (id == null) {
            findings.report(DashboardElements.dashboard(dashboard), what + " has no id; build the dashboard with its builder");
        } else if (!seen.add(id)) {
            findings.report(DashboardElements.dashboard(dashboard), what + " reuses id " + id
                    + "; Grafana links, repeats and edits panels by id");
        }
    }
}
