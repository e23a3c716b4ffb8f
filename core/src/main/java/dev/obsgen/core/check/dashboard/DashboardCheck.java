package dev.obsgen.core.check.dashboard;

import dev.obsgen.core.check.CheckedModel;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
import dev.obsgen.core.dashboard.DashboardShape;
import dev.obsgen.core.dashboard.ModelDashboards;
import dev.obsgen.model.Observability;
import java.util.List;

/**
 * A check of dashboards in the shape a model's dashboards and Grafana dashboard JSON files share, so one
 * implementation serves both; lint runs those that list {@link dev.obsgen.core.check.CheckInput#DASHBOARD_FILES}.
 */
public interface DashboardCheck extends ModelCheck {
    /** Reports what this check finds in the dashboards, checked together (a uid is unique among them). */
    void check(List<DashboardShape> dashboards, FindingSink findings);

    @Override
    default void check(Observability model, FindingSink findings) {
        check(ModelDashboards.of(model), findings);
    }

    @Override
    default void check(CheckedModel model, FindingSink findings) {
        check(model.dashboards(), findings);
    }
}
