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

    public static final class Builder extends GraphPanelBuilder<Builder, TimeseriesPanel, GraphStyle> {

        Builder(String title) {
            super(title, Tooltip.multiDescending(), GraphStyle.lines());
        }




        @Override
        public TimeseriesPanel build() {
            return new TimeseriesPanel(common(), new Options(legend(), tooltip()), style());
        }
    }
}
