package dev.obsgen.core.render.preview;

import java.util.ArrayList;
import java.util.List;

/**
 * One series of a panel query's result as a preview draws it: its legend and its points, each {@code {time in
 * seconds, value}}. A NaN value is a gap (Prometheus' missing sample or {@code NaN}); the line breaks there.
 */
public record PreviewSeries(String legend, List<double[]> points) {
    public PreviewSeries {
        legend = legend == null ? "" : legend;
        List<double[]> copies = new ArrayList<>();
        for (double[] point : points == null ? List.<double[]>of() : points) {
            if (point == null || point.length != 2) {
                throw new IllegalArgumentException("series '" + legend + "': a point is {time, value}, not "
                        + (point == null ? "null" : point.length + " numbers"));
            }
            copies.add(point.clone());
        }
        points = List.copyOf(copies);
    }

    /** A series from alternating times and values: {@code of("5xx", 0, 1.5, 60, 2.0)}. */
    public static PreviewSeries of(String legend, double... timesAndValues) {
        if (timesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("series '" + legend + "': times and values come in pairs");
        }
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < timesAndValues.length; i += 2) {
            points.add(new double[] {timesAndValues[i], timesAndValues[i + 1]});
        }
        return new PreviewSeries(legend, points);
    }

    /** The last value that is a number; NaN when there is none. */
    public double lastValue() {
        for (int i = points.size() - 1; i >= 0; i--) {
            double value = points.get(i)[1];
            if (!Double.isNaN(value)) {
                return value;
            }
        }
        return Double.NaN;
    }

    /** Whether the series has at least one value that is a number. */
    public boolean hasValues() {
        return !Double.isNaN(lastValue());
    }
}
