package dev.obsgen.model.dashboard;

import dev.obsgen.model.Nullable;

/**
 * A Prometheus query of a panel. {@code refId} names it within the panel (A, B, ...); {@code legendFormat} is
 * {@code {{label}}} text or {@code __auto}; {@code instant} and {@code range} choose the query type.
 */
public record PrometheusTarget(String refId, String expr, @Nullable String legendFormat, Format format, boolean instant,
                               boolean range, @Nullable String interval, DatasourceRef datasource, boolean hide) {
    public enum Format {
        TIME_SERIES("time_series"), TABLE("table"), HEATMAP("heatmap");

        private final String id;

        Format(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public static Builder builder(String expr) {
        return new Builder(expr);
    }

    PrometheusTarget withRefId(String value) {
        return new PrometheusTarget(value, expr, legendFormat, format, instant, range, interval, datasource, hide);
    }

    public static final class Builder {
        private final String expr;
        private String refId;
        private String legendFormat = "__auto";
        private Format format = Format.TIME_SERIES;
        private boolean instant;
        private boolean range = true;
        private String interval;
        private DatasourceRef datasource = DatasourceRef.prometheusVariable();
        private boolean hide;

        Builder(String expr) {
            this.expr = expr;
        }

        public Builder refId(String value) {
            this.refId = value;
            return this;
        }

        public Builder legendFormat(String value) {
            this.legendFormat = value;
            return this;
        }

        public Builder format(Format value) {
            this.format = value;
            return this;
        }

        /** Queries only the latest value (for stats, gauges and tables) instead of a range. */
        public Builder instant() {
            this.instant = true;
            this.range = false;
            return this;
        }

        public Builder interval(String value) {
            this.interval = value;
            return this;
        }

        public Builder datasource(DatasourceRef value) {
            this.datasource = value;
            return this;
        }

        /** Runs the query but does not draw it, for queries a transformation uses. */
        public Builder hide(boolean value) {
            this.hide = value;
            return this;
        }

        public PrometheusTarget build() {
            return new PrometheusTarget(refId, expr, legendFormat, format, instant, range, interval, datasource, hide);
        }
    }
}
