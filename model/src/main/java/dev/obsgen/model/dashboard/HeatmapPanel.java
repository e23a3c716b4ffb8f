package dev.obsgen.model.dashboard;

import dev.obsgen.model.Nullable;
import java.util.Locale;

/**
 * A heatmap. For a Prometheus histogram the buckets come pre-computed ({@code calculate} false): the query reads
 * the {@code _bucket} series by {@code le} in heatmap format and the rows are laid out by {@code le}.
 */
public record HeatmapPanel(PanelCommon common, Options options) implements Panel {
    /** How bucket rows are read: from the {@code le} upper bounds of a Prometheus histogram, or guessed. */
    public enum RowsLayout {
        LE, GE, UNKNOWN, AUTO;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * {@code colorScheme} is a Grafana scheme name such as {@code Oranges}; {@code hideBelow} hides cells at or
     * below the value (empty buckets), null to show every cell.
     */
    public record Options(boolean calculate, RowsLayout rowsLayout, String colorScheme, @Nullable Double hideBelow,
                          boolean showLegend, boolean tooltipHistogram) {
    }

    @Override
    public String type() {
        return "heatmap";
    }

    @Override
    public HeatmapPanel placed(int id, GridPos position) {
        return new HeatmapPanel(common.placed(id, position), options);
    }

    public static final class Builder extends PanelBuilder<Builder, HeatmapPanel> {
        private boolean calculate;
        private RowsLayout rowsLayout = RowsLayout.LE;
        private String colorScheme = "Oranges";
        private Double hideBelow = 1e-9;
        private boolean showLegend = true;
        private boolean tooltipHistogram = true;

        Builder(String title) {
            super(title);
        }

        /** Whether Grafana computes buckets from raw values; false for a Prometheus histogram. */
        public Builder calculate(boolean value) {
            this.calculate = value;
            return this;
        }

        public Builder rowsLayout(RowsLayout value) {
            this.rowsLayout = value;
            return this;
        }

        /**
         * The Grafana colour scheme of the cells ({@code options.color.scheme}), such as {@code Oranges}; named apart
         * from the field colour {@link #colorScheme(FieldConfig.ColorMode)} every panel has.
         */
        public Builder cellColors(String value) {
            this.colorScheme = value;
            return this;
        }

        public Builder hideBelow(Double value) {
            this.hideBelow = value;
            return this;
        }

        public Builder showLegend(boolean value) {
            this.showLegend = value;
            return this;
        }

        public Builder tooltipHistogram(boolean value) {
            this.tooltipHistogram = value;
            return this;
        }

        @Override
        public HeatmapPanel build() {
            return new HeatmapPanel(common(), new Options(calculate, rowsLayout, colorScheme, hideBelow, showLegend,
                    tooltipHistogram));
        }
    }
}
