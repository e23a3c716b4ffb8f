package dev.obsgen.core.dashboard;

import dev.obsgen.model.Nullable;
import dev.obsgen.model.dashboard.GridPos;
import java.util.List;

/**
 * A panel as the dashboard checks read it. {@code type} is Grafana's panel plugin id ({@code timeseries},
 * {@code text}); {@code datasource} the data source uid, empty for the dashboard's default; {@code unit} the unit of
 * its values, empty for none. A {@code library} panel keeps its queries and options in Grafana's panel library, not in
 * the dashboard. {@code computesBuckets} says a heatmap computes buckets itself rather than drawing a histogram's.
 */
public record PanelShape(@Nullable Integer id, String title, String type, String description, String unit,
                         @Nullable GridPos gridPos, String datasource, List<TargetShape> targets, boolean library,
                         boolean computesBuckets) {
    public PanelShape {
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        unit = unit == null ? "" : unit;
        datasource = datasource == null ? "" : datasource;
        targets = List.copyOf(targets);
    }

    /** Whether the panel has a query: a target whose expression is not blank (a blank one is Grafana's placeholder). */
    public boolean hasQuery() {
        return targets.stream().anyMatch(TargetShape::isQuery);
    }

    /** Text panels show markdown: no queries, no unit, no data source. */
    public boolean isText() {
        return type.equals("text");
    }

    public boolean isHeatmap() {
        return type.equals("heatmap");
    }
}
