package dev.obsgen.model.dashboard;

/** A time series graph: lines, bars or points over time. */
public record TimeseriesPanel(PanelCommon common, Options options, GraphStyle style) implements Panel {
    public record Options(Legend legend, Tooltip tooltip) {
    }

    @Override
    public String type() {
        return "timeseries";
    }

    @Override
    public TimeseriesPanel placed(int id, GridPos position) {
        return new TimeseriesPanel(common.placed(id, position), options, style);
    }

    public static final class Builder extends PanelBuilder<Builder, TimeseriesPanel> {
        private Legend legend = Legend.bottomList();
        private Tooltip tooltip = Tooltip.multiDescending();
        private GraphStyle style = GraphStyle.lines();

        Builder(String title) {
            super(title);
        }

        public Builder legend(Legend value) {
            this.legend = value;
            return this;
        }

        public Builder tooltip(Tooltip value) {
            this.tooltip = value;
            return this;
        }

        /** How series are drawn ({@code fieldConfig.defaults.custom}). */
        public Builder style(GraphStyle value) {
            this.style = value;
            return this;
        }

        @Override
        public TimeseriesPanel build() {
            return new TimeseriesPanel(common(), new Options(legend, tooltip), style);
        }
    }
}
