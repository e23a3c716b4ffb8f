package dev.obsgen.core.check.dashboard;

import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.GridPos;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * Grafana silently moves overlapping panels and clips ones beyond column 24, so the dashboard would not look as
 * declared. The builder never produces either; this catches dashboards assembled by hand. Panels of a collapsed row are
 * checked as they stand when the row is opened.
 */
public final class PanelLayout implements ModelCheck {
    @Override
    public String id() {
        return "dashboard/layout";
    }

    @Override
    public String summary() {
        return "Panels lie within the 24-column grid and do not overlap.";
    }

    @Override
    public String example() {
        return "a panel at x=16 with width 12, or two panels on one spot";
    }

    @Override
    public String fix() {
        return "Let panels flow by width and height, or place them inside the 24 columns without overlap.";
    }

    @Override
    public FindingSeverity severity() {
        return FindingSeverity.ERROR;
    }

    @Override
    public void check(Observability model, FindingSink findings) {
        for (Dashboard dashboard : model.dashboards()) {
            List<String> names = new ArrayList<>();
            List<GridPos> positions = new ArrayList<>();
            for (Panel panel : dashboard.panels()) {
                add(names, positions, "panel '" + panel.title() + "'", panel.common().gridPos());
            }
            for (Row row : dashboard.rows()) {
                add(names, positions, "row '" + row.title() + "'", row.gridPos());
                for (Panel panel : row.panels()) {
                    add(names, positions, "panel '" + panel.title() + "'", panel.common().gridPos());
                }
            }
            for (int i = 0; i < positions.size(); i++) {
                GridPos a = positions.get(i);
                if (a == null) {
                    findings.report(DashboardElements.dashboard(dashboard), names.get(i) + " has no grid position");
                    continue;
                }
                if (!a.fitsGrid()) {
                    findings.report(DashboardElements.dashboard(dashboard), names.get(i) + " reaches column " + a.right()
                            + "; the grid has " + GridPos.COLUMNS);
                }
                for (int j = 0; j < i; j++) {
                    GridPos b = positions.get(j);
                    if (b != null && a.overlaps(b)) {
                        findings.report(DashboardElements.dashboard(dashboard), names.get(i) + " at " + a + " overlaps "
                                + names.get(j) + " at " + b);
                    }
                }
            }
        }
    }

    private static void add(List<String> names, List<GridPos> positions, String name, GridPos position) {
        names.add(name);
        positions.add(position);
    }
}
