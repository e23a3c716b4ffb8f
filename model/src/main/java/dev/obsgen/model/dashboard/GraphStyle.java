package dev.obsgen.model.dashboard;

/**
 * How a time series or candlestick panel draws its series ({@code fieldConfig.defaults.custom}): lines, bars or
 * points, line width, fill opacity in percent, point visibility, stacking, and whether thresholds are drawn.
 */
public record GraphStyle(DrawStyle drawStyle, int lineWidth, int fillOpacity, Visibility showPoints, Stacking stacking,
                         ThresholdsStyle thresholdsStyle) {
    public enum DrawStyle {
        LINE("line"), BARS("bars"), POINTS("points");

        private final String id;

        DrawStyle(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public enum Visibility {
        AUTO("auto"), NEVER("never"), ALWAYS("always");

        private final String id;

        Visibility(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public enum Stacking {
        NONE("none"), NORMAL("normal"), PERCENT("percent");

        private final String id;

        Stacking(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public enum ThresholdsStyle {
        OFF("off"), LINE("line"), DASHED("dashed"), AREA("area"), LINE_AND_AREA("line+area"), DASHED_AND_AREA("dashed+area");

        private final String id;

        ThresholdsStyle(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public GraphStyle {
        if (fillOpacity < 0 || fillOpacity > 100) {
            throw new IllegalArgumentException("fill opacity is a percentage: " + fillOpacity);
        }
    }

    public static GraphStyle lines() {
        return new GraphStyle(DrawStyle.LINE, 1, 10, Visibility.NEVER, Stacking.NONE, ThresholdsStyle.OFF);
    }

    public GraphStyle fillOpacity(int value) {
        return new GraphStyle(drawStyle, lineWidth, value, showPoints, stacking, thresholdsStyle);
    }

    public GraphStyle stacking(Stacking value) {
        return new GraphStyle(drawStyle, lineWidth, fillOpacity, showPoints, value, thresholdsStyle);
    }

    public GraphStyle thresholdsStyle(ThresholdsStyle value) {
        return new GraphStyle(drawStyle, lineWidth, fillOpacity, showPoints, stacking, value);
    }

    public GraphStyle lineWidth(int value) {
        return new GraphStyle(drawStyle, value, fillOpacity, showPoints, stacking, thresholdsStyle);
    }

    public GraphStyle showPoints(Visibility value) {
        return new GraphStyle(drawStyle, lineWidth, fillOpacity, value, stacking, thresholdsStyle);
    }

    public GraphStyle drawStyle(DrawStyle value) {
        return new GraphStyle(value, lineWidth, fillOpacity, showPoints, stacking, thresholdsStyle);
    }
}
