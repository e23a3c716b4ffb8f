package dev.obsgen.model.dashboard;

/** How a bar chart or histogram draws its bars ({@code fieldConfig.defaults.custom}): outline width and fill opacity. */
public record BarStyle(int lineWidth, int fillOpacity) {
    public BarStyle {
        if (fillOpacity < 0 || fillOpacity > 100) {
            throw new IllegalArgumentException("fill opacity is a percentage: " + fillOpacity);
        }
    }

    public static BarStyle standard() {
        return new BarStyle(1, 80);
    }
}
