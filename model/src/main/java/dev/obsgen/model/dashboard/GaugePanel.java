package dev.obsgen.model.dashboard;

/** A radial gauge of one reduced value against min, max and thresholds. */
public record GaugePanel(PanelCommon common, Options options) implements Panel {
    public record Options(boolean showThresholdLabels, boolean showThresholdMarkers, ReduceOptions reduceOptions,
                          Orientation orientation) {
    }

    @Override
    public String type() {
        return "gauge";
    }

    @Override
    public GaugePanel placed(int id, GridPos position) {
        return new GaugePanel(common.placed(id, position), options);
    }

    public static final class Builder extends SingleValuePanelBuilder<Builder, GaugePanel> {
        private boolean showThresholdLabels;
        private boolean showThresholdMarkers = true;

        Builder(String title) {
            super(title, Orientation.AUTO);
            span(6).height(6);
        }

        public Builder showThresholdLabels(boolean value) {
            this.showThresholdLabels = value;
            return this;
        }

        public Builder showThresholdMarkers(boolean value) {
            this.showThresholdMarkers = value;
            return this;
        }



        @Override
        public GaugePanel build() {
            return new GaugePanel(common(),
                    new Options(showThresholdLabels, showThresholdMarkers, reduceOptions(), orientation()));
        }
    }
}
