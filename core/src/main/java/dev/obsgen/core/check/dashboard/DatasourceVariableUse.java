package dev.obsgen.core.check.dashboard;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.CheckInput;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.dashboard.DashboardElements;
import dev.obsgen.core.dashboard.DashboardShape;
import dev.obsgen.core.dashboard.GrafanaVariables;
import dev.obsgen.core.dashboard.PanelShape;
import dev.obsgen.core.dashboard.TargetShape;
import dev.obsgen.core.dashboard.VariableShape;
import java.util.List;

/**
 * A data source named by a fixed uid breaks on every Grafana where that uid differs, and {@code __inputs} placeholders
 * such as {@code ${DS_PROMETHEUS}} are never filled in by file provisioning or the sidecar; a datasource variable
 * works everywhere. A reference is fine when it is empty (the panel's, or the default), one of Grafana's own
 * ({@code -- Mixed --}) or names a datasource variable the dashboard declares.
 */
@CheckDefinition(
        id = "dashboard/datasource",
        severity = FindingSeverity.ERROR,
        summary = "A datasource variable exists and every panel, query and query variable uses it.",
        example = "no datasource variable, or datasource(new DatasourceRef(\"prometheus\", \"P1809F7CD0C75ACF3\"))",
        fix = "Add DatasourceVariable.prometheus() and leave panels and queries on ${datasource}.",
        inputs = {CheckInput.MODEL, CheckInput.DASHBOARD_FILES})
public final class DatasourceVariableUse implements DashboardCheck {
    @Override
    public void check(List<DashboardShape> dashboards, FindingSink findings) {
        for (DashboardShape dashboard : dashboards) {
            if (dashboard.variables().stream().noneMatch(VariableShape::isDatasource)) {
                findings.report(DashboardElements.dashboard(dashboard), "has no datasource variable; add one "
                        + "(DatasourceVariable.prometheus() in a model) so the dashboard works against any Prometheus");
            }
            for (PanelShape panel : dashboard.allPanels()) {
                if (panel.isText() || panel.library()) {
                    continue;
                }
                if (fixed(dashboard, panel.datasource())) {
                    report(findings, DashboardElements.panel(dashboard, panel), panel.datasource());
                }
                for (TargetShape target : panel.targets()) {
                    if (fixed(dashboard, target.datasource())) {
                        report(findings, DashboardElements.target(dashboard, panel, target), target.datasource());
                    }
                }
            }
            for (VariableShape variable : dashboard.variables()) {
                if (variable.isQuery() && fixed(dashboard, variable.datasource())) {
                    report(findings, DashboardElements.variable(dashboard, variable), variable.datasource());
                }
            }
        }
    }

    private static void report(FindingSink findings, String element, String uid) {
        findings.report(element, "names data source '" + uid + "'; use the datasource variable, such as ${datasource}");
    }

    /**
     * Whether the reference names a fixed data source. A variable the dashboard does not declare counts as fixed
     * ({@code ${DS_PROMETHEUS}} of an export), unless the dashboard has no datasource variable at all: that is
     * reported once, on the dashboard.
     */
    private static boolean fixed(DashboardShape dashboard, String uid) {
        if (uid.isEmpty() || uid.startsWith("-- ")) {
            return false;
        }
        return GrafanaVariables.referencedName(uid)
                .map(name -> dashboard.variables().stream().anyMatch(VariableShape::isDatasource)
                        && !dashboard.declaresDatasourceVariable(name))
                .orElse(true);
    }
}
