package dev.obsgen.core.check.dashboard;

import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The uid is the URL of a dashboard and the key Grafana stores it under. It is declared, never derived from the title,
 * so renaming keeps every link working; this checks it is one Grafana accepts everywhere (the strictest form: 8 to 40
 * of {@code [a-z0-9-]}, not ending in a dash) and that no two dashboards share it.
 */
public final class DashboardUid implements ModelCheck {
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{6,38}[a-z0-9]");

    @Override
    public String id() {
        return "dashboard/uid";
    }

    @Override
    public String summary() {
        return "Dashboard uids are 8 to 40 lowercase letters, digits and dashes, and unique.";
    }

    @Override
    public String example() {
        return "Dashboard.builder(\"Shop_Overview\", ...), or two dashboards with uid \"shop-traffic\"";
    }

    @Override
    public String fix() {
        return "Give every dashboard a stable lowercase uid of 8 to 40 letters, digits and dashes, unique in the model.";
    }

    @Override
    public FindingSeverity severity() {
        return FindingSeverity.ERROR;
    }

    @Override
    public void check(Observability model, FindingSink findings) {
        Set<String> seen = new HashSet<>();
        for (Dashboard dashboard : model.dashboards()) {
            String uid = dashboard.uid();
            if (!VALID.matcher(uid).matches()) {
                findings.report(DashboardElements.dashboard(dashboard), "uid '" + uid + "' must be 8 to 40 "
                        + "lowercase letters, digits and dashes, starting and ending with a letter or digit");
            }
            if (!seen.add(uid)) {
                findings.report(DashboardElements.dashboard(dashboard), "uid '" + uid + "' is used by another dashboard; "
                        + "Grafana would overwrite one with the other");
            }
        }
    }
}
