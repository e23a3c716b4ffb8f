package dev.obsgen.core.check.dashboard;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.dashboard.DashboardElements;
import dev.obsgen.core.dashboard.DashboardShape;
import dev.obsgen.core.dashboard.PanelShape;
import dev.obsgen.core.dashboard.RowShape;
import dev.obsgen.model.dashboard.GridPos;
import java.util.ArrayList;
import java.util.List;

/**
 * Grafana silently moves overlapping panels and clips ones beyond column 24, so the dashboard would not look as
 * declared. The builder never produces either; this catches dashboards assembled by hand. Panels of a collapsed row are
 * checked as they stand when the row is opened.
 */
@CheckDefinition(
        id = "dashboard/layout",
        severity = FindingSeverity.ERROR,
        summary = "Panels lie within the 24-column grid and do not overlap.",
        example = "a panel at x=16 with width 12, or two panels on one spot",
        fix = "Let panels flow by width and height, or place them inside the 24 columns without overlap.")
public final class PanelLayout implements DashboardCheck {
    @Override
    public void check(List<DashboardShape> dashboards, FindingSink findings) {
        for (DashboardShape dashboard : dashboards) {
            List<String> names = new ArrayList<>();
            List<GridPos> positions = new ArrayList<>();
            for (PanelShape panel : dashboard.panels()) {
                add(names, positions, "panel '" + panel.title() + "'", panel.gridPos());
            }
            for (RowShape row : dashboard.rows()) {
                add(names, positions, "row '" + row.title() + "'", row.gridPos());
                for (PanelShape panel : row.panels()) {
                    add(names, positions, "panel '" + panel.title() + "'", panel.gridPos());
                }
            }
            String element = DashboardElements.dashboard(dashboard);
            for (int i = 0; i < positions.size(); i++) {
                GridPos a = positions.get(i);
                if (a == null) {
                    findings.report(element, names.get(i) + " has no grid position");
                    continue;
                }
                if (!a.fitsGrid()) {
                    findings.report(element, names.get(i) + " reaches column " + a.right() + "; the grid has "
                            + GridPos.COLUMNS);
                }
                for (int j = 0; j < i; j++) {
                    GridPos b = positions.get(j);
                    if (b != null && a.overlaps(b)) {
                        findings.report(element, names.get(i) + " at " + a + " overlaps " + names.get(j) + " at " + b);
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
