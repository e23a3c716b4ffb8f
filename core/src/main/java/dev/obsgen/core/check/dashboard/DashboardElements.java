package dev.obsgen.core.check.dashboard;

import dev.obsgen.core.check.Elements;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PrometheusTarget;
import dev.obsgen.model.dashboard.Variable;

/** How dashboard findings name what they are about, so every message points at elements the same way. */
final class DashboardElements {
    private DashboardElements() {
    }

    static String dashboard(Dashboard dashboard) {
        return Elements.dashboard(dashboard);
    }

    static String panel(Dashboard dashboard, Panel panel) {
        return "panel '" + panel.title() + "' of " + dashboard(dashboard);
    }

    static String target(Dashboard dashboard, Panel panel, PrometheusTarget target) {
        return "query " + target.refId() + " of " + panel(dashboard, panel);
    }

    static String variable(Dashboard dashboard, Variable variable) {
        return "variable '" + variable.name() + "' of " + dashboard(dashboard);
    }
}
