package dev.obsgen.model.dashboard;

import java.util.Locale;

/** A single big number, optionally over a sparkline. */
public record StatPanel(PanelCommon common, Options options) implements Panel {
    public enum GraphMode {
        NONE, LINE, AREA;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum ColorMode {
        VALUE, BACKGROUND, BACKGROUND_SOLID, NONE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum TextMode {
        AUTO, VALUE, VALUE_AND_NAME, NAME, NONE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public record Options(GraphMode graphMode, ColorMode colorMode, TextMode textMode, boolean wideLayout,
                          boolean showPercentChange, ReduceOptions reduceOptions, Orientation orientation) {
    }

    @Override
    public String type() {
        return "stat";
    }

    @Override
    public StatPanel placed(int id, GridPos position) {
        return new StatPanel(common.placed(id, position), options);
    }

    public static final class Builder extends SingleValuePanelBuilder<Builder, StatPanel> {
        private GraphMode graphMode = GraphMode.AREA;
        private ColorMode colorMode = ColorMode.VALUE;
        private TextMode textMode = TextMode.AUTO;
        private boolean wideLayout = true;
        private boolean showPercentChange;

        Builder(String title) {
            super(title, Orientation.AUTO);
            span(6).height(4);
        }

        public Builder graphMode(GraphMode value) {
            this.graphMode = value;
            return this;
        }

        public Builder colorMode(ColorMode value) {
            this.colorMode = value;
            return this;
        }

        public Builder textMode(TextMode value) {
            this.textMode = value;
            return this;
        }

        public Builder wideLayout(boolean value) {
            this.wideLayout = value;
            return this;
        }

        public Builder showPercentChange(boolean value) {
            this.showPercentChange = value;
            return this;
        }



        @Override
        public StatPanel build() {
            return new StatPanel(common(), new Options(graphMode, colorMode, textMode, wideLayout, showPercentChange,
                    reduceOptions(), orientation()));
        }
    }
}
