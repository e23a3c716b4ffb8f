package dev.obsgen.model.dashboard;

import dev.obsgen.model.Nullable;

/**
 * Grafana's histogram panel: it builds buckets from the raw values it receives (by {@code bucketCount} or
 * {@code bucketSize}), so it suits a set of values, not a Prometheus histogram's pre-computed buckets.
 */
public record HistogramPanel(PanelCommon common, Options options, BarStyle style) implements Panel {
    public record Options(@Nullable Integer bucketCount, @Nullable Integer bucketSize, boolean combine, Legend legend,
                          Tooltip tooltip) {
    }

    @Override
    public String type() {
        return "histogram";
    }

    @Override
    public HistogramPanel placed(int id, GridPos position) {
        return new HistogramPanel(common.placed(id, position), options, style);
    }

    public static final class Builder extends GraphPanelBuilder<Builder, HistogramPanel, BarStyle> {
        private Integer bucketCount;
        private Integer bucketSize;
        private boolean combine;

        Builder(String title) {
            super(title, Tooltip.single(), BarStyle.standard());
        }

        public Builder bucketCount(int value) {
            this.bucketCount = value;
            return this;
        }

        public Builder bucketSize(int value) {
            this.bucketSize = value;
            return this;
        }

        /** Merges all series into one histogram instead of one per series. */
        public Builder combine(boolean value) {
            this.combine = value;
            return this;
        }




        @Override
        public HistogramPanel build() {
            return new HistogramPanel(common(), new Options(bucketCount, bucketSize, combine, legend(), tooltip()), style());
        }
    }
}
