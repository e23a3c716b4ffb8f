package dev.obsgen.core.check.dashboard;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.CheckInput;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.dashboard.DashboardElements;
import dev.obsgen.core.dashboard.DashboardShape;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The uid is the URL of a dashboard and the key Grafana stores it under. It is declared, never derived from the title,
 * so renaming keeps every link working; this checks it is one Grafana accepts everywhere and that no two dashboards
 * share it. One rule for a model and a JSON file: the strictest form (8 to 40 of {@code [a-z0-9-]}, not starting or
 * ending with a dash), which every Grafana and every tool that keys on the uid accepts, rather than the widest one
 * some Grafana versions take ({@code [a-zA-Z0-9_-]{1,40}}).
 */
@CheckDefinition(
        id = "dashboard/uid",
        severity = FindingSeverity.ERROR,
        summary = "Dashboard uids are 8 to 40 lowercase letters, digits and dashes, and unique.",
        example = "Dashboard.builder(\"Shop_Overview\", ...), or two dashboards with uid \"shop-traffic\"",
        fix = "Give every dashboard a stable lowercase uid of 8 to 40 letters, digits and dashes, unique in the model.",
        inputs = {CheckInput.MODEL, CheckInput.DASHBOARD_FILES})
public final class DashboardUid implements DashboardCheck {
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{6,38}[a-z0-9]");

    @Override
    public void check(List<DashboardShape> dashboards, FindingSink findings) {
        Set<String> seen = new HashSet<>();
        for (DashboardShape dashboard : dashboards) {
            String uid = dashboard.uid();
            String element = DashboardElements.dashboard(dashboard);
            if (uid.isEmpty()) {
                findings.report(element, "has no uid; set one, or Grafana invents a new one on every import");
                continue;
            }
            if (!VALID.matcher(uid).matches()) {
                findings.report(element, "uid '" + uid + "' must be 8 to 40 "
                        + "lowercase letters, digits and dashes, starting and ending with a letter or digit");
            }
            if (!seen.add(uid)) {
                findings.report(element, "uid '" + uid + "' is used by another dashboard; "
                        + "Grafana would overwrite one with the other");
            }
        }
    }
}
