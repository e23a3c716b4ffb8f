package dev.obsgen.core.dashboard;

import dev.obsgen.model.Nullable;
import dev.obsgen.model.dashboard.GridPos;
import java.util.List;

/** A row and the panels under it, whether the row is collapsed (Grafana nests them) or open (they follow it). */
public record RowShape(@Nullable Integer id, String title, boolean collapsed, @Nullable GridPos gridPos,
                       List<PanelShape> panels) {
    public RowShape {
        title = title == null ? "" : title;
        panels = List.copyOf(panels);
    }
}
