package dev.obsgen.core.dashboard;

/**
 * A Prometheus query of a panel: {@code refId} names it within the panel, {@code hide} leaves it out of the panel's
 * drawing (it still runs for expressions that read it), {@code format} is Grafana's result format
 * ({@code time_series}, {@code table}, {@code heatmap}) and {@code datasource} the data source uid, empty for the
 * panel's.
 */
public record TargetShape(String refId, String expr, boolean hide, String format, String datasource) {
    public TargetShape {
        refId = refId == null ? "" : refId;
        expr = expr == null ? "" : expr;
        format = format == null || format.isEmpty() ? "time_series" : format;
        datasource = datasource == null ? "" : datasource;
    }

    /** A blank target is Grafana's empty placeholder, no query; a hidden one still runs and is one. */
    public boolean isQuery() {
        return !expr.isBlank();
    }
}
