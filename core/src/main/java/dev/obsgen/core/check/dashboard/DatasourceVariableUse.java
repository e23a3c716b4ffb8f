package dev.obsgen.core.check.dashboard;

import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.DatasourceRef;
import dev.obsgen.model.dashboard.DatasourceVariable;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PrometheusTarget;
import dev.obsgen.model.dashboard.QueryVariable;
import dev.obsgen.model.dashboard.TextPanel;
import dev.obsgen.model.dashboard.Variable;

/**
 * A data source named by a fixed uid breaks on every Grafana where that uid differs, and {@code __inputs} placeholders
 * are never filled in by file provisioning or the sidecar; the {@code datasource} variable works everywhere.
 */
public final class DatasourceVariableUse implements ModelCheck {
    static final String VARIABLE = "datasource";

    @Override
    public String id() {
        return "dashboard/datasource";
    }

    @Override
    public String summary() {
        return "A datasource variable exists and every panel, query and query variable uses it.";
    }

    @Override
    public String example() {
        return "no datasource variable, or datasource(new DatasourceRef(\"prometheus\", \"P1809F7CD0C75ACF3\"))";
    }

    @Override
    public String fix() {
        return "Add DatasourceVariable.prometheus() and leave panels and queries on ${datasource}.";
    }

    @Override
    public FindingSeverity severity() {
        return FindingSeverity.ERROR;
    }

    @Override
    public void check(Observability model, FindingSink findings) {
        for (Dashboard dashboard : model.dashboards()) {
            boolean declared = dashboard.variables().stream().anyMatch(v -> v instanceof DatasourceVariable ds
                    && ds.name().equals(VARIABLE));
            if (!declared) {
                findings.report(DashboardElements.dashboard(dashboard), "has no data source variable named '" + VARIABLE
                        + "'; add DatasourceVariable.prometheus() so the dashboard works against any Prometheus");
            }
            for (Panel panel : dashboard.allPanels()) {
                if (panel instanceof TextPanel) {
                    continue;
                }
                if (!panel.common().datasource().usesVariable()) {
                    findings.report(DashboardElements.panel(dashboard, panel), "names data source '"
                            + panel.common().datasource().uid() + "'; use " + DatasourceRef.VARIABLE_UID);
                }
                for (PrometheusTarget target : panel.common().targets()) {
                    if (!target.datasource().usesVariable()) {
                        findings.report(DashboardElements.target(dashboard, panel, target), "names data source '"
                                + target.datasource().uid() + "'; use " + DatasourceRef.VARIABLE_UID);
                    }
                }
            }
            for (Variable variable : dashboard.variables()) {
                if (variable instanceof QueryVariable query && !query.datasource().usesVariable()) {
                    findings.report(DashboardElements.variable(dashboard, variable), "names data source '"
                            + query.datasource().uid() + "'; use " + DatasourceRef.VARIABLE_UID);
                }
            }
        }
    }
}
