package dev.obsgen.core.render.preview;

import dev.obsgen.model.dashboard.BarChartPanel;
import dev.obsgen.model.dashboard.BarGaugePanel;
import dev.obsgen.model.dashboard.CandlestickPanel;
import dev.obsgen.model.dashboard.FieldConfig;
import dev.obsgen.model.dashboard.GaugePanel;
import dev.obsgen.model.dashboard.HeatmapPanel;
import dev.obsgen.model.dashboard.HistogramPanel;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PrometheusTarget;
import dev.obsgen.model.dashboard.StatPanel;
import dev.obsgen.model.dashboard.TextPanel;
import dev.obsgen.model.dashboard.ThresholdStep;
import dev.obsgen.model.dashboard.Thresholds;
import dev.obsgen.model.dashboard.TimeseriesPanel;
import java.util.ArrayList;
import java.util.List;

/**
 * One panel's box: its title, kind and unit, its threshold steps, its queries' legends, and with data what Grafana
 * would draw from it (lines over time, the last value, the first rows of a table), or "no data".
 */
final class PanelPreview {
    static final double PADDING = 8;
    private static final double TITLE_SIZE = 13;
    private static final double SMALL_SIZE = 10;
    private static final double LINE = 13;
    private static final double MIN_PLOT = 36;
    private static final double QUERY_SIZE = 9;
    private static final double QUERY_LINE = 11;

    private final SvgDocument svg;
    private final Panel panel;
    private final PanelBox box;
    private final PreviewData data;

    private PanelPreview(SvgDocument svg, Panel panel, PanelBox box, PreviewData data) {
        this.svg = svg;
        this.panel = panel;
        this.box = box;
        this.data = data;
    }

    static void draw(SvgDocument svg, Panel panel, PanelBox box, PreviewData data) {
        new PanelPreview(svg, panel, box, data).draw();
    }

    /** What a panel kind draws its values as. */
    enum Shape {
        /** Values over time: lines. */
        SERIES,
        /** The last value of each series, big. */
        SINGLE,
        /** One row per series. */
        LIST,
        /** Text, no queries. */
        TEXT;

        static Shape of(Panel panel) {
            if (panel instanceof TextPanel) {
                return TEXT;
            }
            if (panel instanceof StatPanel || panel instanceof GaugePanel || panel instanceof BarGaugePanel) {
                return SINGLE;
            }
            if (panel instanceof TimeseriesPanel || panel instanceof HeatmapPanel || panel instanceof BarChartPanel
                    || panel instanceof HistogramPanel || panel instanceof CandlestickPanel) {
                return SERIES;
            }
            return LIST;
        }
    }

    private void draw() {
        Integer id = panel.common().id();
        svg.open("g", "class", "panel", "data-panel-id", id == null ? "" : id.toString(), "data-kind", panel.type());
        svg.text("title", panel.title() + " (" + panel.type() + ")");
        svg.empty("rect", "class", "box", "x", box.x(), "y", box.y(), "width", box.width(), "height", box.height(),
                "rx", 3.0);
        double inner = box.width() - 2 * PADDING;
        double y = box.y() + PADDING + TITLE_SIZE - 2;
        svg.text("text", TextFit.line(panel.title(), inner, TITLE_SIZE), "class", "title", "x", box.x() + PADDING,
                "y", y);
        y += LINE;
        svg.text("text", TextFit.line(meta(), inner, SMALL_SIZE), "class", "meta", "x", box.x() + PADDING, "y", y);
        Thresholds thresholds = panel.common().fieldConfig().thresholds();
        if (thresholds != null && y + LINE < box.bottom() - PADDING) {
            y += LINE;
            thresholds(thresholds, y);
        }
        double top = y + 6;
        double bottom = box.bottom() - PADDING;
        if (panel instanceof TextPanel text) {
            text(text.options().content(), top, bottom);
        } else {
            values(top, bottom);
        }
        svg.close("g");
    }

    private String meta() {
        FieldConfig config = panel.common().fieldConfig();
        String unit = config.unit() == null ? "" : " · unit " + UnitText.name(config.unit());
        String range = config.min() == null && config.max() == null ? ""
                : " · " + (config.min() == null ? "auto" : SvgDocument.number(config.min(), 4)) + ".."
                + (config.max() == null ? "auto" : SvgDocument.number(config.max(), 4));
        return panel.type() + unit + range;
    }

    private void thresholds(Thresholds thresholds, double y) {
        svg.open("g", "class", "thresholds");
        double x = box.x() + PADDING;
        double right = box.right() - PADDING;
        String suffix = thresholds.mode() == Thresholds.Mode.PERCENTAGE ? "%" : "";
        for (ThresholdStep step : thresholds.steps()) {
            if (step == null) {
                continue;
            }
            String label = step.value() == null ? "base" : SvgDocument.number(step.value(), 4) + suffix;
            double width = 12 + label.length() * SMALL_SIZE * 0.6 + 8;
            if (x + width > right) {
                svg.text("text", "…", "class", "meta", "x", x, "y", y);
                break;
            }
            svg.empty("rect", "class", "step", "x", x, "y", y - 8, "width", 9.0, "height", 9.0,
                    "fill", GrafanaColors.of(step.color()));
            svg.text("text", label, "class", "meta", "x", x + 12, "y", y);
            x += width;
        }
        svg.close("g");
    }

    private void text(String content, double top, double bottom) {
        int lines = (int) Math.floor((bottom - top) / LINE);
        List<String> shown = TextFit.lines(content, box.width() - 2 * PADDING, SMALL_SIZE, lines);
        double y = top + LINE - 3;
        for (String line : shown) {
            svg.text("text", line, "class", "content", "x", box.x() + PADDING, "y", y);
            y += LINE;
        }
    }

    private void values(double top, double bottom) {
        List<PrometheusTarget> targets = panel.common().targets();
        List<PrometheusTarget> drawn = targets.stream().filter(t -> t != null && !t.hide()).toList();
        List<PreviewSeries> series = new ArrayList<>();
        if (data.queried()) {
            for (PrometheusTarget target : drawn) {
                List<PreviewSeries> answer = data.series(panel, target);
                series.addAll(answer == null ? List.of() : answer);
            }
        }
        Shape shape = Shape.of(panel);
        boolean noData = data.queried() && !drawn.isEmpty() && series.stream().noneMatch(PreviewSeries::hasValues);
        List<Legend> legends = noData || !data.queried() || shape != Shape.SERIES
                ? queryLegends(targets) : seriesLegends(series);
        double room = bottom - top - (shape == Shape.SERIES || data.queried() ? MIN_PLOT : 0);
        int fit = Math.max(0, (int) Math.floor(room / LINE));
        if (!legends.isEmpty() && fit < 1 && bottom - top >= LINE) {
            fit = 1;
        }
        double legendTop = bottom - Math.min(fit, legends.size()) * LINE;
        if (noData) {
            svg.text("text", "no data", "class", "no-data", "x", box.x() + box.width() / 2,
                    "y", (top + legendTop) / 2 + 5, "text-anchor", "middle");
        } else if (data.queried() && !series.isEmpty()) {
            ValueDrawing values = new ValueDrawing(svg, panel, new PanelBox(box.x() + PADDING, top,
                    box.width() - 2 * PADDING, Math.max(0, legendTop - top - 4)));
            switch (shape) {
                case SERIES -> values.lines(series);
                case SINGLE -> values.single(series);
                default -> values.rows(series);
            }
        } else if (!data.queried()) {
            queries(drawn, top, legendTop - 8);
            if (shape == Shape.SERIES && legendTop - top >= 12) {
                svg.empty("line", "class", "axis", "x1", box.x() + PADDING, "y1", legendTop - 6,
                        "x2", box.right() - PADDING, "y2", legendTop - 6);
            }
        }
        legend(legends, fit, legendTop);
    }

    /**
     * Without data, the room the values would take shows the queries themselves, wrapped, so that a changed
     * expression shows in the picture too.
     */
    private void queries(List<PrometheusTarget> targets, double top, double bottom) {
        int lines = (int) Math.floor((bottom - top) / QUERY_LINE);
        if (targets.isEmpty() || lines <= 0) {
            return;
        }
        svg.open("g", "class", "queries");
        double y = top + QUERY_LINE - 2;
        for (PrometheusTarget target : targets) {
            List<String> wrapped = TextFit.lines(target.refId() + ": " + target.expr(), box.width() - 2 * PADDING,
                    QUERY_SIZE, lines);
            for (String line : wrapped) {
                svg.text("text", line, "class", "expr", "x", box.x() + PADDING, "y", y);
                y += QUERY_LINE;
            }
            lines -= wrapped.size();
            if (lines <= 0) {
                break;
            }
        }
        svg.close("g");
    }

    /** A line of the legend: its colour (none for a query's) and text. */
    record Legend(String color, String text) {
    }

    private static List<Legend> queryLegends(List<PrometheusTarget> targets) {
        List<Legend> legends = new ArrayList<>();
        int index = 0;
        for (PrometheusTarget target : targets) {
            if (target == null) {
                continue;
            }
            String legend = target.legendFormat();
            boolean declared = legend != null && !legend.isBlank() && !legend.equals("__auto");
            String text = declared ? legend : target.refId() + ": " + target.expr();
            legends.add(new Legend(target.hide() ? null : GrafanaColors.series(index++),
                    target.hide() ? text + " (hidden)" : text));
        }
        return legends;
    }

    private static List<Legend> seriesLegends(List<PreviewSeries> series) {
        List<Legend> legends = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            legends.add(new Legend(GrafanaColors.series(i), series.get(i).legend()));
        }
        return legends;
    }

    private void legend(List<Legend> legends, int fit, double top) {
        if (legends.isEmpty() || fit <= 0) {
            return;
        }
        svg.open("g", "class", "legend");
        int shown = legends.size() <= fit ? legends.size() : fit - 1;
        double y = top + LINE - 3;
        double width = box.width() - 2 * PADDING - 14;
        for (int i = 0; i < shown; i++) {
            Legend legend = legends.get(i);
            svg.empty("rect", "class", "swatch", "x", box.x() + PADDING, "y", y - 7, "width", 10.0, "height", 3.0,
                    "fill", legend.color() == null ? GrafanaColors.UNKNOWN : legend.color());
            svg.text("text", TextFit.line(legend.text(), width, SMALL_SIZE), "class", "query",
                    "x", box.x() + PADDING + 14, "y", y);
            y += LINE;
        }
        if (shown < legends.size()) {
            svg.text("text", "+" + (legends.size() - shown) + " more", "class", "meta", "x", box.x() + PADDING + 14,
                    "y", y);
        }
        svg.close("g");
    }
}
