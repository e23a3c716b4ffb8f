package dev.obsgen.core.check.dashboard;

import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.QueryVariable;
import dev.obsgen.model.dashboard.Variable;
import java.util.Locale;

/** A variable fetched only on load keeps offering values (flows, pods) that no longer exist and misses new ones. */
public final class VariableRefresh implements ModelCheck {
    @Override
    public String id() {
        return "dashboard/variable-refresh";
    }

    @Override
    public String summary() {
        return "Query variables refresh when the time range changes.";
    }

    @Override
    public String example() {
        return "QueryVariable.builder(\"path\", ...).refresh(Refresh.ON_DASHBOARD_LOAD)";
    }

    @Override
    public String fix() {
        return "Refresh query variables on time range change, so their values follow the time picker.";
    }

    @Override
    public FindingSeverity severity() {
        return FindingSeverity.WARNING;
    }

    @Override
    public void check(Observability model, FindingSink findings) {
        for (Dashboard dashboard : model.dashboards()) {
            for (Variable variable : dashboard.variables()) {
                if (variable instanceof QueryVariable query && query.refresh() != QueryVariable.Refresh.ON_TIME_RANGE_CHANGE) {
                    findings.report(DashboardElements.variable(dashboard, variable), "refreshes "
                            + query.refresh().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                            + "; refresh it on time range change so it offers the values that exist in the shown range");
                }
            }
        }
    }
}
