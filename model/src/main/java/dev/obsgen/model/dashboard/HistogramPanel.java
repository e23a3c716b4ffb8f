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

    public static final class Builder extends PanelBuilder<Builder, HistogramPanel> {
        private Integer bucketCount;
        private Integer bucketSize;
        private boolean combine;
        private Legend legend = Legend.bottomList();
        private Tooltip tooltip = Tooltip.single();
        private BarStyle style = BarStyle.standard();

        Builder(String title) {
            super(title);
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

        public Builder legend(Legend value) {
            this.legend = value;
            return this;
        }

        public Builder tooltip(Tooltip value) {
            this.tooltip = value;
            return this;
        }

        public Builder style(BarStyle value) {
            this.style = value;
            return this;
        }

        @Override
        public HistogramPanel build() {
            return new HistogramPanel(common(), new Options(bucketCount, bucketSize, combine, legend, tooltip), style);
        }
    }
}
