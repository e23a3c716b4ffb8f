package dev.obsgen.core.check.dashboard;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
import dev.obsgen.core.render.grafana.DashboardFormat;
import dev.obsgen.core.render.grafana.DashboardRenderer;
import dev.obsgen.core.render.grafana.GrafanaVersion;
import dev.obsgen.core.render.grafana.V2Refusal;
import dev.obsgen.core.render.grafana.v2.DashboardV2;
import dev.obsgen.core.render.grafana.v2.V2Gap;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import java.util.Map;
import java.util.Objects;

/**
 * Dashboards written as v2 lose nothing: every field of the classic JSON has its place in the v2 spec and reads
 * back the same. Quiet unless the dashboard format is v2.
 */
@CheckDefinition(
        id = "dashboard/v2-format",
        severity = FindingSeverity.ERROR,
        summary = "Under the v2 dashboard format, every field of a dashboard has a v2 form.",
        example = "Panel.stat(\"Shared\").rawField(\"libraryPanel\", Map.of(\"uid\", \"lib\", \"name\", \"Lib\"))",
        fix = "Drop the field, express it through the typed model, or write this dashboard as classic or resource.")
public final class DashboardV2Format implements ModelCheck {
    private final GrafanaVersion version;
    private final DashboardFormat format;

    /** Converts as the renderer does for {@code version}: v2beta1 for Grafana 12, v2 for 13. */
    public DashboardV2Format(GrafanaVersion version, DashboardFormat format) {
        this.version = Objects.requireNonNull(version, "version");
        this.format = Objects.requireNonNull(format, "format");
    }

    @Override
    public void check(Observability model, FindingSink findings) {
        if (format != DashboardFormat.V2) {
            return;
        }
        DashboardRenderer renderer = new DashboardRenderer(version);
        for (Dashboard dashboard : model.dashboards()) {
            Map<String, Object> classic;
            try {
                classic = renderer.tree(dashboard);
            } catch (IllegalArgumentException e) {
                // A raw field that cannot be merged stops the renderer, which reports it; there is no JSON to convert.
                continue;
            }
            for (V2Gap gap : DashboardV2.gaps(classic, version)) {
                findings.reportOnField(FindingSeverity.ERROR, V2Refusal.element(dashboard, gap), gap.field(),
                        V2Refusal.message(gap));
            }
        }
    }
}
