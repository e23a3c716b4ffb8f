package dev.obsgen.core.render.grafana;

import dev.obsgen.core.ModelRejectedException;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.check.FindingLocation;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.dashboard.DashboardElements;
import dev.obsgen.core.render.grafana.v2.V2Gap;
import dev.obsgen.core.render.grafana.v2.V2Unsupported;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.Panel;
import java.util.List;
import java.util.Objects;

/**
 * A dashboard the v2 conversion refused while rendering, as the model's rejection the {@code dashboard/v2-format}
 * check would have made: one finding per gap, naming the dashboard, the panel or row, and the field. The check runs
 * first and should leave nothing for this; if it does, the user still reads what to change, and the writer, whose
 * staged files are dropped on any failure, writes nothing.
 */
public final class V2Refusal {
    static final String CHECK_ID = "dashboard/v2-format";

    private V2Refusal() {
    }

    static ModelRejectedException of(Dashboard dashboard, V2Unsupported refused) {
        List<Finding> findings = refused.gaps().stream()
                .map(gap -> new Finding(CHECK_ID, FindingSeverity.ERROR, element(dashboard, gap), message(gap), "",
                        new FindingLocation(null, gap.field(), null, null)))
                .toList();
        return new ModelRejectedException(findings);
    }

    /** What the finding of a gap says, the same from the check and from here. */
    public static String message(V2Gap gap) {
        return "'" + gap.field() + "' " + gap.reason() + "; the v2 format would lose it";
    }

    /** The element a gap is on: the model's name of the panel where it has an id, else the row or the dashboard. */
    public static String element(Dashboard dashboard, V2Gap gap) {
        if (gap.part() == V2Gap.Part.PANEL) {
            for (Panel panel : dashboard.allPanels()) {
                if (Objects.equals(panel.common().id(), gap.id())) {
                    return DashboardElements.panel(dashboard, panel);
                }
            }
        }
        String of = "dashboard '" + dashboard.uid() + "'";
        return switch (gap.part()) {
            case DASHBOARD -> of;
            case ROW -> "row '" + gap.title() + "' of " + of;
            case PANEL -> "panel '" + gap.title() + "'" + (gap.id() == null ? "" : " (id " + gap.id() + ")") + " of " + of;
        };
    }
}
