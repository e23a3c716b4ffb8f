package dev.obsgen.model.dashboard;

import dev.obsgen.model.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A pie or donut of reduced values, one slice per series. */
public record PieChartPanel(PanelCommon common, Options options) implements Panel {
    public enum PieType {
        PIE, DONUT;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What a slice label or legend entry shows besides the name. */
    public enum SliceValue {
        NAME, VALUE, PERCENT;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public record Options(PieType pieType, List<SliceValue> displayLabels, Tooltip tooltip, ReduceOptions reduceOptions,
                          Legend legend, List<SliceValue> legendValues) {
        public Options {
            displayLabels = Values.list(displayLabels);
            legendValues = Values.list(legendValues);
            if (legendValues.contains(SliceValue.NAME)) {
                throw new IllegalArgumentException("a pie chart legend always shows names; its values are value and percent");
            }
        }
    }

    @Override
    public String type() {
        return "piechart";
    }

    @Override
    public PieChartPanel placed(int id, GridPos position) {
        return new PieChartPanel(common.placed(id, position), options);
    }

    public static final class Builder extends PanelBuilder<Builder, PieChartPanel> {
        private PieType pieType = PieType.PIE;
        private final List<SliceValue> displayLabels = new ArrayList<>();
        private Tooltip tooltip = Tooltip.single();
        private ReduceOptions reduceOptions = ReduceOptions.lastNotNull();
        private Legend legend = Legend.bottomList();
        private final List<SliceValue> legendValues = new ArrayList<>();

        Builder(String title) {
            super(title);
        }

        public Builder pieType(PieType value) {
            this.pieType = value;
            return this;
        }

        public Builder withDisplayLabel(SliceValue value) {
            displayLabels.add(value);
            return this;
        }

        public Builder tooltip(Tooltip value) {
            this.tooltip = value;
            return this;
        }

        public Builder reduceOptions(ReduceOptions value) {
            this.reduceOptions = value;
            return this;
        }

        public Builder legend(Legend value) {
            this.legend = value;
            return this;
        }

        public Builder withLegendValue(SliceValue value) {
            legendValues.add(value);
            return this;
        }

        @Override
        public PieChartPanel build() {
            return new PieChartPanel(common(),
                    new Options(pieType, displayLabels, tooltip, reduceOptions, legend, legendValues));
        }
    }
}
