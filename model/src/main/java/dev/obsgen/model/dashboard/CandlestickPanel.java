package dev.obsgen.model.dashboard;

import dev.obsgen.model.Nullable;

/**
 * A candlestick: per time step a box from {@code open} to {@code close} with whiskers to {@code low} and
 * {@code high}, the four taken from the named fields (query legends). Extra fields draw as lines when
 * {@code includeAllFields} is set.
 */
public record CandlestickPanel(PanelCommon common, Options options, GraphStyle style) implements Panel {
    public enum Mode {
        CANDLES_AND_VOLUME("candles+volume"), CANDLES("candles"), VOLUME("volume");

        private final String id;

        Mode(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public enum CandleStyle {
        CANDLES("candles"), OHLC_BARS("ohlcbars");

        private final String id;

        CandleStyle(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public enum ColorStrategy {
        OPEN_CLOSE("open-close"), CLOSE_CLOSE("close-close");

        private final String id;

        ColorStrategy(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public record Fields(@Nullable String open, @Nullable String high, @Nullable String low, @Nullable String close) {
    }

    public record Colors(String up, String down, String flat) {
    }

    public record Options(Mode mode, CandleStyle candleStyle, ColorStrategy colorStrategy, Fields fields, Colors colors,
                          boolean includeAllFields, Legend legend, Tooltip tooltip) {
    }

    @Override
    public String type() {
        return "candlestick";
    }

    @Override
    public CandlestickPanel placed(int id, GridPos position) {
        return new CandlestickPanel(common.placed(id, position), options, style);
    }

    public static final class Builder extends GraphPanelBuilder<Builder, CandlestickPanel, GraphStyle> {
        private Mode mode = Mode.CANDLES;
        private CandleStyle candleStyle = CandleStyle.CANDLES;
        private ColorStrategy colorStrategy = ColorStrategy.OPEN_CLOSE;
        private Fields fields = new Fields(null, null, null, null);
        private Colors colors = new Colors("green", "red", "gray");
        private boolean includeAllFields;

        Builder(String title) {
            super(title, Tooltip.multiDescending(), GraphStyle.lines());
        }

        public Builder mode(Mode value) {
            this.mode = value;
            return this;
        }

        public Builder candleStyle(CandleStyle value) {
            this.candleStyle = value;
            return this;
        }

        public Builder colorStrategy(ColorStrategy value) {
            this.colorStrategy = value;
            return this;
        }

        public Builder fields(Fields value) {
            this.fields = value;
            return this;
        }

        public Builder colors(Colors value) {
            this.colors = value;
            return this;
        }

        public Builder includeAllFields(boolean value) {
            this.includeAllFields = value;
            return this;
        }




        @Override
        public CandlestickPanel build() {
            return new CandlestickPanel(common(), new Options(mode, candleStyle, colorStrategy, fields, colors,
                    includeAllFields, legend(), tooltip()), style());
        }
    }
}
