package dev.obsgen.model.dashboard;

import java.util.Locale;

/** Horizontal or vertical bars, one per series, each a reduced value against thresholds. */
public record BarGaugePanel(PanelCommon common, Options options) implements Panel {
    public enum DisplayMode {
        GRADIENT, LCD, BASIC;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum ValueMode {
        COLOR, TEXT, HIDDEN;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public record Options(DisplayMode displayMode, ValueMode valueMode, boolean showUnfilled, ReduceOptions reduceOptions,
                          Orientation orientation) {
    }

    @Override
    public String type() {
        return "bargauge";
    }

    @Override
    public BarGaugePanel placed(int id, GridPos position) {
        return new BarGaugePanel(common.placed(id, position), options);
    }

    public static final class Builder extends SingleValuePanelBuilder<Builder, BarGaugePanel> {
        private DisplayMode displayMode = DisplayMode.GRADIENT;
        private ValueMode valueMode = ValueMode.COLOR;
        private boolean showUnfilled = true;

        Builder(String title) {
            super(title, Orientation.HORIZONTAL);
        }

        public Builder displayMode(DisplayMode value) {
            this.displayMode = value;
            return this;
        }

        public Builder valueMode(ValueMode value) {
            this.valueMode = value;
            return this;
        }

        public Builder showUnfilled(boolean value) {
            this.showUnfilled = value;
            return this;
        }



        @Override
        public BarGaugePanel build() {
            return new BarGaugePanel(common(), new Options(displayMode, valueMode, showUnfilled, reduceOptions(), orientation()));
        }
    }
}
