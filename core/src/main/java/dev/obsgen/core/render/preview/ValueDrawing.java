package dev.obsgen.core.render.preview;

import dev.obsgen.model.dashboard.FieldConfig;
import dev.obsgen.model.dashboard.GraphStyle;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.ThresholdStep;
import dev.obsgen.model.dashboard.Thresholds;
import dev.obsgen.model.dashboard.TimeseriesPanel;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A panel's data drawn into its plot area: series as lines over the time and value range they span (or the
 * panel's declared min and max), single values big in their threshold's colour, lists as rows of last values.
 */
final class ValueDrawing {
    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final double MIN_AXIS_WIDTH = 30;
    private static final double MAX_AXIS_WIDTH = 90;
    private static final double AXIS_HEIGHT = 12;
    private static final double SMALL_SIZE = 10;
    private static final double ROW = 13;

    private final SvgDocument svg;
    private final Panel panel;
    private final PanelBox area;

    ValueDrawing(SvgDocument svg, Panel panel, PanelBox area) {
        this.svg = svg;
        this.panel = panel;
        this.area = area;
    }

    void lines(List<PreviewSeries> series) {
        double tMin = Double.POSITIVE_INFINITY;
        double tMax = Double.NEGATIVE_INFINITY;
        double vMin = Double.POSITIVE_INFINITY;
        double vMax = Double.NEGATIVE_INFINITY;
        for (PreviewSeries one : series) {
            for (double[] point : one.points()) {
                if (Double.isFinite(point[0]) && Double.isFinite(point[1])) {
                    tMin = Math.min(tMin, point[0]);
                    tMax = Math.max(tMax, point[0]);
                    vMin = Math.min(vMin, point[1]);
                    vMax = Math.max(vMax, point[1]);
                }
            }
        }
        FieldConfig config = panel.common().fieldConfig();
        vMin = config.min() != null ? config.min() : vMin;
        vMax = config.max() != null ? config.max() : vMax;
        if (vMin >= vMax) {
            double pad = Math.max(Math.abs(vMin) * 0.1, 1);
            vMin -= pad;
            vMax += pad;
        }
        String maxLabel = UnitText.of(vMax, config.unit());
        String minLabel = UnitText.of(vMin, config.unit());
        // The value axis is as wide as its longer label (9-pixel text), within bounds.
        double axisWidth = Math.min(MAX_AXIS_WIDTH, Math.max(MIN_AXIS_WIDTH,
                Math.max(TextFit.width(maxLabel, 9), TextFit.width(minLabel, 9)) + 6));
        PanelBox plot = new PanelBox(area.x() + axisWidth, area.y() + 4, area.width() - axisWidth,
                area.height() - AXIS_HEIGHT - 4);
        if (plot.height() < 4 || plot.width() < 4) {
            return;
        }
        svg.open("g", "class", "plot");
        svg.empty("rect", "class", "plot-area", "x", plot.x(), "y", plot.y(), "width", plot.width(),
                "height", plot.height());
        svg.text("text", maxLabel, "class", "axis-label", "x", plot.x() - 3,
                "y", plot.y() + 8, "text-anchor", "end");
        svg.text("text", minLabel, "class", "axis-label", "x", plot.x() - 3,
                "y", plot.bottom(), "text-anchor", "end");
        svg.text("text", CLOCK.format(Instant.ofEpochSecond((long) tMin)), "class", "axis-label", "x", plot.x(),
                "y", plot.bottom() + AXIS_HEIGHT - 1);
        svg.text("text", CLOCK.format(Instant.ofEpochSecond((long) tMax)) + " UTC", "class", "axis-label",
                "x", plot.right(), "y", plot.bottom() + AXIS_HEIGHT - 1, "text-anchor", "end");
        thresholdLines(plot, vMin, vMax);
        for (int i = 0; i < series.size(); i++) {
            line(series.get(i), plot, tMin, tMax, vMin, vMax, GrafanaColors.series(i));
        }
        svg.close("g");
    }

    /**
     * A time series that shows its thresholds (its style's {@code thresholdsStyle} is not off) draws each absolute
     * step inside the value range as a line in the step's colour, dashed where the style says so.
     */
    private void thresholdLines(PanelBox plot, double vMin, double vMax) {
        Thresholds thresholds = panel.common().fieldConfig().thresholds();
        if (!(panel instanceof TimeseriesPanel timeseries) || thresholds == null
                || thresholds.mode() != Thresholds.Mode.ABSOLUTE || timeseries.style() == null
                || timeseries.style().thresholdsStyle() == GraphStyle.ThresholdsStyle.OFF) {
            return;
        }
        boolean dashed = timeseries.style().thresholdsStyle().id().startsWith("dashed");
        for (ThresholdStep step : thresholds.steps()) {
            if (step == null || step.value() == null || step.value() < vMin || step.value() > vMax) {
                continue;
            }
            double y = plot.bottom() - (step.value() - vMin) / (vMax - vMin) * plot.height();
            svg.empty("line", "class", "threshold", "x1", plot.x(), "y1", y, "x2", plot.right(), "y2", y,
                    "stroke", GrafanaColors.of(step.color()), "stroke-dasharray", dashed ? "6 4" : null);
        }
    }

    /** The series as polylines, broken where a value is missing; a lone point is a dot. */
    private void line(PreviewSeries series, PanelBox plot, double tMin, double tMax, double vMin, double vMax,
                      String color) {
        List<double[]> run = new ArrayList<>();
        for (double[] point : series.points()) {
            if (!Double.isFinite(point[0]) || !Double.isFinite(point[1])) {
                segment(run, color);
                continue;
            }
            double x = tMax == tMin ? plot.x() + plot.width() / 2
                    : plot.x() + (point[0] - tMin) / (tMax - tMin) * plot.width();
            double clamped = Math.max(vMin, Math.min(vMax, point[1]));
            double y = plot.bottom() - (clamped - vMin) / (vMax - vMin) * plot.height();
            run.add(new double[] {x, y});
        }
        segment(run, color);
    }

    private void segment(List<double[]> run, String color) {
        if (run.size() == 1) {
            svg.empty("circle", "class", "point", "cx", run.get(0)[0], "cy", run.get(0)[1], "r", 1.5, "fill", color);
        } else if (run.size() > 1) {
            List<String> points = run.stream()
                    .map(xy -> SvgDocument.coordinate(xy[0]) + "," + SvgDocument.coordinate(xy[1])).toList();
            svg.empty("polyline", "class", "series", "points", String.join(" ", points), "stroke", color);
        }
        run.clear();
    }

    void single(List<PreviewSeries> series) {
        List<PreviewSeries> valued = series.stream().filter(PreviewSeries::hasValues).toList();
        if (valued.size() != 1) {
            rows(series);
            return;
        }
        double value = valued.get(0).lastValue();
        double size = Math.max(12, Math.min(32, area.height() * 0.7));
        String text = TextFit.line(UnitText.of(value, panel.common().fieldConfig().unit()), area.width(), size);
        svg.text("text", text, "class", "value", "x", area.x() + area.width() / 2,
                "y", area.y() + area.height() / 2 + size * 0.35, "text-anchor", "middle",
                "font-size", SvgDocument.coordinate(size), "style", "fill: " + GrafanaColors.text(thresholdColor(value)));
    }

    void rows(List<PreviewSeries> series) {
        int fit = (int) Math.floor(area.height() / ROW);
        if (fit <= 0) {
            return;
        }
        svg.open("g", "class", "rows");
        int shown = series.size() <= fit ? series.size() : fit - 1;
        double y = area.y() + ROW - 3;
        for (int i = 0; i < shown; i++) {
            PreviewSeries one = series.get(i);
            double value = one.lastValue();
            String valueText = UnitText.of(value, panel.common().fieldConfig().unit());
            double valueWidth = TextFit.width(valueText, SMALL_SIZE);
            svg.text("text", TextFit.line(one.legend(), area.width() - valueWidth - 8, SMALL_SIZE), "class", "cell",
                    "x", area.x(), "y", y);
            svg.text("text", valueText, "class", "cell", "x", area.right(), "y", y, "text-anchor", "end",
                    "style", "fill: " + GrafanaColors.text(thresholdColor(value)));
            y += ROW;
        }
        if (shown < series.size()) {
            svg.text("text", "+" + (series.size() - shown) + " more rows", "class", "meta", "x", area.x(), "y", y);
        }
        svg.close("g");
    }

    /**
     * The colour of the step the value falls in, as a stat or table colours it; unset thresholds are the single
     * green step the dashboard JSON carries. A percentage step is a share of the panel's min..max (0..100 unset).
     */
    private String thresholdColor(double value) {
        Thresholds thresholds = panel.common().fieldConfig().thresholds();
        if (Double.isNaN(value)) {
            return GrafanaColors.UNKNOWN;
        }
        if (thresholds == null) {
            return GrafanaColors.of("green");
        }
        FieldConfig config = panel.common().fieldConfig();
        double compared = value;
        if (thresholds.mode() == Thresholds.Mode.PERCENTAGE) {
            double min = config.min() == null ? 0 : config.min();
            double max = config.max() == null ? 100 : config.max();
            compared = max == min ? 0 : (value - min) / (max - min) * 100;
        }
        String color = null;
        for (ThresholdStep step : thresholds.steps()) {
            if (step != null && (step.value() == null || compared >= step.value())) {
                color = step.color();
            }
        }
        return GrafanaColors.of(color);
    }
}
