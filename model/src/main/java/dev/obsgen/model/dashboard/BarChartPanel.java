package dev.obsgen.model.dashboard;

import dev.obsgen.model.Nullable;

/**
 * Bars by category: one bar per row of a table result, the category taken from {@code xField} (or the first
 * string field when unset).
 */
public record BarChartPanel(PanelCommon common, Options options, BarStyle style) implements Panel {
    public record Options(@Nullable String xField, Orientation orientation, GraphStyle.Stacking stacking,
                          GraphStyle.Visibility showValue, double barWidth, double groupWidth, int xTickLabelRotation,
                          Legend legend, Tooltip tooltip) {
    }

    @Override
    public String type() {
        return "barchart";
    }

    @Override
    public BarChartPanel placed(int id, GridPos position) {
        return new BarChartPanel(common.placed(id, position), options, style);
    }

    public static final class Builder extends GraphPanelBuilder<Builder, BarChartPanel, BarStyle> {
        private String xField;
        private Orientation orientation = Orientation.AUTO;
        private GraphStyle.Stacking stacking = GraphStyle.Stacking.NONE;
        private GraphStyle.Visibility showValue = GraphStyle.Visibility.AUTO;
        private double barWidth = 0.97;
        private double groupWidth = 0.7;
        private int xTickLabelRotation;

        Builder(String title) {
            super(title, Tooltip.single(), BarStyle.standard());
        }

        public Builder xField(String value) {
            this.xField = value;
            return this;
        }

        public Builder orientation(Orientation value) {
            this.orientation = value;
            return this;
        }

        public Builder stacking(GraphStyle.Stacking value) {
            this.stacking = value;
            return this;
        }

        public Builder showValue(GraphStyle.Visibility value) {
            this.showValue = value;
            return this;
        }

        public Builder barWidth(double value) {
            this.barWidth = value;
            return this;
        }

        public Builder groupWidth(double value) {
            this.groupWidth = value;
            return this;
        }

        public Builder xTickLabelRotation(int degrees) {
            this.xTickLabelRotation = degrees;
            return this;
        }




        @Override
        public BarChartPanel build() {
            return new BarChartPanel(common(), new Options(xField, orientation, stacking, showValue, barWidth, groupWidth,
                    xTickLabelRotation, legend(), tooltip()), style());
        }
    }
}
