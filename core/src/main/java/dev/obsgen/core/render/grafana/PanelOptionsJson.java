package dev.obsgen.core.render.grafana;

import dev.obsgen.model.dashboard.BarChartPanel;
import dev.obsgen.model.dashboard.BarGaugePanel;
import dev.obsgen.model.dashboard.BarStyle;
import dev.obsgen.model.dashboard.CandlestickPanel;
import dev.obsgen.model.dashboard.GaugePanel;
import dev.obsgen.model.dashboard.GraphStyle;
import dev.obsgen.model.dashboard.HeatmapPanel;
import dev.obsgen.model.dashboard.HistogramPanel;
import dev.obsgen.model.dashboard.Legend;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PieChartPanel;
import dev.obsgen.model.dashboard.ReduceOptions;
import dev.obsgen.model.dashboard.StatPanel;
import dev.obsgen.model.dashboard.TablePanel;
import dev.obsgen.model.dashboard.TextPanel;
import dev.obsgen.model.dashboard.TimeseriesPanel;
import dev.obsgen.model.dashboard.Tooltip;
import java.util.List;
import java.util.Map;

/**
 * Each panel kind's {@code options} and {@code fieldConfig.defaults.custom}, with every field the kind's published
 * schema requires, so Grafana never fills in defaults of its own that would differ between releases.
 */
final class PanelOptionsJson {
    private PanelOptionsJson() {
    }

    static Map<String, Object> options(Panel panel) {
        if (panel instanceof TimeseriesPanel p) {
            return JsonObject.of()
                    .put("legend", legend(p.options().legend()))
                    .put("tooltip", tooltip(p.options().tooltip()))
                    .map();
        }
        if (panel instanceof StatPanel p) {
            StatPanel.Options o = p.options();
            return JsonObject.of()
                    .put("colorMode", o.colorMode().id())
                    .put("graphMode", o.graphMode().id())
                    .put("justifyMode", "auto")
                    .put("orientation", o.orientation().id())
                    .put("percentChangeColorMode", "standard")
                    .put("reduceOptions", reduce(o.reduceOptions()))
                    .put("showPercentChange", o.showPercentChange())
                    .put("textMode", o.textMode().id())
                    .put("wideLayout", o.wideLayout())
                    .map();
        }
        if (panel instanceof GaugePanel p) {
            GaugePanel.Options o = p.options();
            return JsonObject.of()
                    .put("minVizHeight", 75)
                    .put("minVizWidth", 75)
                    .put("orientation", o.orientation().id())
                    .put("reduceOptions", reduce(o.reduceOptions()))
                    .put("showThresholdLabels", o.showThresholdLabels())
                    .put("showThresholdMarkers", o.showThresholdMarkers())
                    .put("sizing", "auto")
                    .map();
        }
        if (panel instanceof BarGaugePanel p) {
            BarGaugePanel.Options o = p.options();
            return JsonObject.of()
                    .put("displayMode", o.displayMode().id())
                    .put("legend", legend(Legend.hidden()))
                    .put("maxVizHeight", 300)
                    .put("minVizHeight", 16)
                    .put("minVizWidth", 8)
                    .put("namePlacement", "auto")
                    .put("orientation", o.orientation().id())
                    .put("reduceOptions", reduce(o.reduceOptions()))
                    .put("showUnfilled", o.showUnfilled())
                    .put("sizing", "auto")
                    .put("valueMode", o.valueMode().id())
                    .map();
        }
        if (panel instanceof PieChartPanel p) {
            PieChartPanel.Options o = p.options();
            Map<String, Object> legend = legend(o.legend());
            legend.put("values", JsonObject.list(o.legendValues(), PieChartPanel.SliceValue::id));
            return JsonObject.of()
                    .put("displayLabels", JsonObject.list(o.displayLabels(), PieChartPanel.SliceValue::id))
                    .put("legend", legend)
                    .put("orientation", "auto")
                    .put("pieType", o.pieType().id())
                    .put("reduceOptions", reduce(o.reduceOptions()))
                    .put("tooltip", tooltip(o.tooltip()))
                    .map();
        }
        if (panel instanceof TablePanel p) {
            TablePanel.Options o = p.options();
            return JsonObject.of()
                    .put("cellHeight", o.cellHeight().id())
                    .put("frameIndex", 0)
                    .put("showHeader", o.showHeader())
                    .put("sortBy", JsonObject.list(o.sortBy(),
                            s -> JsonObject.of().put("desc", s.desc()).put("displayName", s.displayName()).map()))
                    .map();
        }
        if (panel instanceof HeatmapPanel p) {
            return heatmap(p);
        }
        if (panel instanceof BarChartPanel p) {
            BarChartPanel.Options o = p.options();
            return JsonObject.of()
                    .put("barRadius", 0)
                    .put("barWidth", o.barWidth())
                    .put("fullHighlight", false)
                    .put("groupWidth", o.groupWidth())
                    .put("legend", legend(o.legend()))
                    .put("orientation", o.orientation().id())
                    .put("showValue", o.showValue().id())
                    .put("stacking", o.stacking().id())
                    .put("tooltip", tooltip(o.tooltip()))
                    .putIfPresent("xField", o.xField())
                    .put("xTickLabelMaxLength", 0)
                    .put("xTickLabelRotation", o.xTickLabelRotation())
                    .put("xTickLabelSpacing", 0)
                    .map();
        }
        if (panel instanceof HistogramPanel p) {
            HistogramPanel.Options o = p.options();
            return JsonObject.of()
                    .putIfPresent("bucketCount", o.bucketCount())
                    .putIfPresent("bucketSize", o.bucketSize())
                    .put("combine", o.combine())
                    .put("legend", legend(o.legend()))
                    .put("tooltip", tooltip(o.tooltip()))
                    .map();
        }
        if (panel instanceof CandlestickPanel p) {
            CandlestickPanel.Options o = p.options();
            return JsonObject.of()
                    .put("candleStyle", o.candleStyle().id())
                    .put("colorStrategy", o.colorStrategy().id())
                    .put("colors", JsonObject.of().put("down", o.colors().down()).put("flat", o.colors().flat())
                            .put("up", o.colors().up()))
                    .put("fields", JsonObject.of().putIfPresent("close", o.fields().close())
                            .putIfPresent("high", o.fields().high()).putIfPresent("low", o.fields().low())
                            .putIfPresent("open", o.fields().open()))
                    .put("includeAllFields", o.includeAllFields())
                    .put("legend", legend(o.legend()))
                    .put("mode", o.mode().id())
                    .put("tooltip", tooltip(o.tooltip()))
                    .map();
        }
        TextPanel text = (TextPanel) panel;
        return JsonObject.of().put("content", text.options().content()).put("mode", text.options().mode().id()).map();
    }

    /** {@code fieldConfig.defaults.custom}, or null for kinds that have none. */
    static Map<String, Object> custom(Panel panel) {
        if (panel instanceof TimeseriesPanel p) {
            return graph(p.style());
        }
        if (panel instanceof CandlestickPanel p) {
            return graph(p.style());
        }
        if (panel instanceof BarChartPanel p) {
            return bars(p.style());
        }
        if (panel instanceof HistogramPanel p) {
            return bars(p.style());
        }
        if (panel instanceof PieChartPanel) {
            return JsonObject.of().put("hideFrom", hideFrom()).map();
        }
        if (panel instanceof HeatmapPanel) {
            return JsonObject.of().put("hideFrom", hideFrom())
                    .put("scaleDistribution", JsonObject.of().put("type", "linear")).map();
        }
        return null;
    }

    private static Map<String, Object> heatmap(HeatmapPanel panel) {
        HeatmapPanel.Options o = panel.options();
        var unit = panel.common().fieldConfig().unit();
        JsonObject json = JsonObject.of()
                .put("calculate", o.calculate())
                .put("cellGap", 1)
                .put("color", JsonObject.of()
                        .put("exponent", 0.5)
                        .put("fill", "dark-orange")
                        .put("mode", "scheme")
                        .put("reverse", false)
                        .put("scale", "exponential")
                        .put("scheme", o.colorScheme())
                        .put("steps", 64))
                .put("exemplars", JsonObject.of().put("color", "rgba(255,0,255,0.7)"))
                .put("legend", JsonObject.of().put("show", o.showLegend()))
                .put("rowsFrame", JsonObject.of().put("layout", o.rowsLayout().id()))
                .put("showValue", "auto")
                .put("tooltip", JsonObject.of().put("mode", "single").put("showColorScale", false)
                        .put("yHistogram", o.tooltipHistogram()))
                .put("yAxis", JsonObject.of().put("axisPlacement", "left").put("reverse", false)
                        .putIfPresent("unit", unit == null ? null : unit.id()));
        if (o.hideBelow() != null) {
            json.put("filterValues", JsonObject.of().put("le", o.hideBelow()));
        }
        return json.map();
    }

    private static Map<String, Object> graph(GraphStyle style) {
        return JsonObject.of()
                .put("axisBorderShow", false)
                .put("axisCenteredZero", false)
                .put("axisColorMode", "text")
                .put("axisLabel", "")
                .put("axisPlacement", "auto")
                .put("barAlignment", 0)
                .put("drawStyle", style.drawStyle().id())
                .put("fillOpacity", style.fillOpacity())
                .put("gradientMode", "none")
                .put("hideFrom", hideFrom())
                .put("insertNulls", false)
                .put("lineInterpolation", "linear")
                .put("lineWidth", style.lineWidth())
                .put("pointSize", 5)
                .put("scaleDistribution", JsonObject.of().put("type", "linear"))
                .put("showPoints", style.showPoints().id())
                .put("spanNulls", false)
                .put("stacking", JsonObject.of().put("group", "A").put("mode", style.stacking().id()))
                .put("thresholdsStyle", JsonObject.of().put("mode", style.thresholdsStyle().id()))
                .map();
    }

    private static Map<String, Object> bars(BarStyle style) {
        return JsonObject.of()
                .put("fillOpacity", style.fillOpacity())
                .put("gradientMode", "none")
                .put("hideFrom", hideFrom())
                .put("lineWidth", style.lineWidth())
                .map();
    }

    private static Map<String, Object> hideFrom() {
        return JsonObject.of().put("legend", false).put("tooltip", false).put("viz", false).map();
    }

    private static Map<String, Object> legend(Legend legend) {
        return JsonObject.of()
                .put("calcs", legend.calcs())
                .put("displayMode", legend.displayMode().id())
                .put("placement", legend.placement().id())
                .put("showLegend", legend.showLegend())
                .map();
    }

    private static Map<String, Object> tooltip(Tooltip tooltip) {
        return JsonObject.of().put("mode", tooltip.mode().id()).put("sort", tooltip.sort().id()).map();
    }

    private static Map<String, Object> reduce(ReduceOptions reduce) {
        return JsonObject.of()
                .put("calcs", List.copyOf(reduce.calcs()))
                .put("fields", reduce.fields())
                .putIfPresent("limit", reduce.limit())
                .put("values", reduce.values())
                .map();
    }
}
