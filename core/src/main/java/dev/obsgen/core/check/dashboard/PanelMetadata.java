package dev.obsgen.core.check.dashboard;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.CheckInput;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.dashboard.DashboardElements;
import dev.obsgen.core.dashboard.DashboardShape;
import dev.obsgen.core.dashboard.PanelShape;
import java.util.List;

/**
 * What dashboard linters ask of every panel: readers need a title and a description to know what they look at, and a
 * unit to read the numbers. Text panels have no queries and no unit; a library panel keeps its own in the library.
 * A panel whose only targets are blank has no query (see {@link PanelShape#hasQuery()}).
 */
@CheckDefinition(
        id = "dashboard/panel-metadata",
        severity = FindingSeverity.ERROR,
        summary = "Every panel has a title, a description, a unit and at least one query.",
        example = "Panel.timeseries(\"Requests\") with no description, unit or query",
        fix = "Give every panel a description, a unit and at least one query.",
        inputs = {CheckInput.MODEL, CheckInput.DASHBOARD_FILES})
public final class PanelMetadata implements DashboardCheck {
    @Override
    public void check(List<DashboardShape> dashboards, FindingSink findings) {
        for (DashboardShape dashboard : dashboards) {
            if (dashboard.title().isBlank()) {
                findings.report(DashboardElements.dashboard(dashboard), "has no title");
            }
            for (PanelShape panel : dashboard.allPanels()) {
                if (panel.library()) {
                    continue;
                }
                String element = DashboardElements.panel(dashboard, panel);
                if (panel.title().isBlank()) {
                    findings.report(element, "has no title");
                }
                if (panel.description().isBlank()) {
                    findings.report(element, "has no description; say what the panel shows and how to read it");
                }
                if (panel.isText()) {
                    continue;
                }
                if (panel.unit().isBlank()) {
                    findings.report(element, "has no unit; set unit(...) or metric(...) so values are not shown as bare numbers");
                }
                if (!panel.hasQuery()) {
                    findings.report(element, "has no query");
                }
            }
        }
    }
}
