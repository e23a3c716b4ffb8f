package dev.obsgen.core.check.dashboard;

import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.TextPanel;

/**
 * What dashboard linters ask of every panel: readers need a title and a description to know what they look at, and a
 * unit to read the numbers. Text panels have no queries and no unit.
 */
public final class PanelMetadata implements ModelCheck {
    @Override
    public String id() {
        return "dashboard/panel-metadata";
    }

    @Override
    public String summary() {
        return "Every panel has a title, a description, a unit and at least one query.";
    }

    @Override
    public String example() {
        return "Panel.timeseries(\"Requests\") with no description, unit or query";
    }

    @Override
    public String fix() {
        return "Give every panel a description, a unit and at least one query.";
    }

    @Override
    public FindingSeverity severity() {
        return FindingSeverity.ERROR;
    }

    @Override
    public void check(Observability model, FindingSink findings) {
        for (Dashboard dashboard : model.dashboards()) {
            if (dashboard.title().isBlank()) {
                findings.report(DashboardElements.dashboard(dashboard), "has no title");
            }
            for (Panel panel : dashboard.allPanels()) {
                String element = DashboardElements.panel(dashboard, panel);
                if (panel.title().isBlank()) {
                    findings.report(element, "has no title");
                }
                if (panel.common().description().isBlank()) {
                    findings.report(element, "has no description; say what the panel shows and how to read it");
                }
                if (panel instanceof TextPanel) {
                    continue;
                }
                if (panel.common().fieldConfig().unit() == null) {
                    findings.report(element, "has no unit; set unit(...) or metric(...) so values are not shown as bare numbers");
                }
                if (panel.common().targets().isEmpty()) {
                    findings.report(element, "has no query");
                }
            }
        }
    }
}
