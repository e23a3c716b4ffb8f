package dev.obsgen.core.check.dashboard;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.dashboard.DashboardElements;
import dev.obsgen.core.dashboard.DashboardShape;
import dev.obsgen.core.dashboard.VariableShape;
import dev.obsgen.model.dashboard.QueryVariable;
import java.util.List;
import java.util.Locale;

/** A variable fetched only on load keeps offering values (flows, pods) that no longer exist and misses new ones. */
@CheckDefinition(
        id = "dashboard/variable-refresh",
        severity = FindingSeverity.WARNING,
        summary = "Query variables refresh when the time range changes.",
        example = "QueryVariable.builder(\"path\", ...).refresh(Refresh.ON_DASHBOARD_LOAD)",
        fix = "Refresh query variables on time range change, so their values follow the time picker.")
public final class VariableRefresh implements DashboardCheck {
    @Override
    public void check(List<DashboardShape> dashboards, FindingSink findings) {
        for (DashboardShape dashboard : dashboards) {
            for (VariableShape variable : dashboard.variables()) {
                if (variable.isQuery() && variable.refresh() != QueryVariable.Refresh.ON_TIME_RANGE_CHANGE.code()) {
                    findings.report(DashboardElements.variable(dashboard, variable), "refreshes " + when(variable.refresh())
                            + "; refresh it on time range change so it offers the values that exist in the shown range");
                }
            }
        }
    }

    private static String when(int code) {
        for (QueryVariable.Refresh refresh : QueryVariable.Refresh.values()) {
            if (refresh.code() == code) {
                return refresh.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            }
        }
        return "with code " + code;
    }
}
