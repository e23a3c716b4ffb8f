package dev.obsgen.core.importer.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Each kind's {@code options} that the model types: legend and tooltip, reduction, display modes, table sorting,
 * text content. An option with a value the model has no constant for is left to {@link Leftovers}.
 */
final class PanelOptionsCode extends PanelPartCode {

    PanelOptionsCode(ImportContext context, CodeChain chain, String element, Set<String> taken) {
        super(context, chain, element, taken);
    }

    void map(JsonNode p, PanelKind kind) {
        JsonNode o = p.path("options");
        switch (kind) {
            case TIMESERIES, BARCHART, HISTOGRAM, CANDLESTICK -> {
                legend(o.path("legend"));
                tooltip(o.path("tooltip"));
            }
            case STAT -> {
                constant(o, "graphMode", "StatPanel.GraphMode", List.of("none", "line", "area"));
                constant(o, "colorMode", "StatPanel.ColorMode", List.of("value", "background", "background_solid", "none"));
                constant(o, "textMode", "StatPanel.TextMode", List.of("auto", "value", "value_and_name", "name", "none"));
                bool(o, "wideLayout");
                bool(o, "showPercentChange");
                reduce(o);
                orientation(o);
            }
            case GAUGE -> {
                bool(o, "showThresholdLabels");
                bool(o, "showThresholdMarkers");
                reduce(o);
                orientation(o);
            }
            case BARGAUGE -> {
                constant(o, "displayMode", "BarGaugePanel.DisplayMode", List.of("gradient", "lcd", "basic"));
                constant(o, "valueMode", "BarGaugePanel.ValueMode", List.of("color", "text", "hidden"));
                bool(o, "showUnfilled");
                reduce(o);
                orientation(o);
            }
            case PIECHART -> {
                constant(o, "pieType", "PieChartPanel.PieType", List.of("pie", "donut"));
                reduce(o);
                tooltip(o.path("tooltip"));
            }
            case TABLE -> {
                bool(o, "showHeader");
                constant(o, "cellHeight", "TablePanel.CellHeight", List.of("sm", "md", "lg", "auto"));
                if (o.path("sortBy").isArray() && allSorts(o.get("sortBy"))) {
                    for (JsonNode s : o.get("sortBy")) {
                        chain.call("withSortBy", "new " + context.model("TablePanel") + ".SortBy("
                                + JavaText.string(s.path("displayName").asText()) + ", "
                                + s.path("desc").asBoolean(false) + ")");
                    }
                    taken.add("options.sortBy");
                }
            }
            case HEATMAP -> {
                bool(o, "calculate");
                if (o.path("color").path("scheme").isTextual()) {
                    chain.call("cellColors", JavaText.string(o.path("color").path("scheme").asText()));
                    taken.add("options.color.scheme");
                }
                if (o.path("legend").path("show").isBoolean()) {
                    chain.call("showLegend", o.path("legend").path("show").asBoolean());
                    taken.add("options.legend.show");
                }
                if (o.path("tooltip").path("yHistogram").isBoolean()) {
                    chain.call("tooltipHistogram", o.path("tooltip").path("yHistogram").asBoolean());
                    taken.add("options.tooltip.yHistogram");
                }
                if (o.path("filterValues").path("le").isNumber()) {
                    chain.call("hideBelow", JavaText.number(o.path("filterValues").path("le").doubleValue()));
                    taken.add("options.filterValues");
                } else {
                    chain.call("hideBelow", "null");
                }
                constant(o.path("rowsFrame"), "layout", "HeatmapPanel.RowsLayout", List.of("le", "ge", "unknown", "auto"),
                        "rowsLayout", "options.rowsFrame.layout");
            }
            case TEXT -> {
                // Text panels before Grafana 7.1 keep content and mode beside the title; Grafana moves them.
                boolean old = !o.has("content") && !o.has("mode") && (p.has("content") || p.has("mode"));
                JsonNode source = old ? p : o;
                String prefix = old ? "" : "options.";
                constant(source, "mode", "TextPanel.Mode", List.of("markdown", "html", "code"), "mode", prefix + "mode");
                if (source.path("content").isTextual()) {
                    chain.call("content", new CodeChain.Text(source.get("content").asText()));
                    taken.add(prefix + "content");
                }
                if (old) {
                    note("content and mode of a text panel before Grafana 7.1 moved into options");
                }
            }
            default -> {
            }
        }
    }

    private boolean allSorts(JsonNode sorts) {
        for (JsonNode s : sorts) {
            if (!s.path("displayName").isTextual() || s.size() > 2) {
                return false;
            }
        }
        return true;
    }

    private void legend(JsonNode legend) {
        String mode = legend.path("displayMode").asText("");
        String placement = legend.path("placement").asText("");
        boolean known = Set.of("list", "table", "hidden").contains(mode) && Set.of("bottom", "right").contains(placement)
                && legend.path("showLegend").isBoolean() && legend.path("calcs").isArray();
        if (!known) {
            return;
        }
        legend(legend.get("showLegend").asBoolean(), mode.toUpperCase(Locale.ROOT), placement.toUpperCase(Locale.ROOT),
                PanelCode.texts(legend.get("calcs")));
        for (String field : List.of("displayMode", "placement", "showLegend", "calcs")) {
            taken.add("options.legend." + field);
        }
    }

    private void tooltip(JsonNode tooltip) {
        String mode = tooltip.path("mode").asText("");
        String sort = tooltip.path("sort").asText("");
        if (!Set.of("single", "multi", "none").contains(mode) || !Set.of("none", "asc", "desc").contains(sort)) {
            return;
        }
        String sortConstant = switch (sort) {
            case "asc" -> "ASCENDING";
            case "desc" -> "DESCENDING";
            default -> "NONE";
        };
        tooltip(mode.toUpperCase(Locale.ROOT), sortConstant);
        taken.add("options.tooltip.mode");
        taken.add("options.tooltip.sort");
    }

    private void reduce(JsonNode o) {
        JsonNode r = o.path("reduceOptions");
        if (!r.path("calcs").isArray() || r.get("calcs").isEmpty()) {
            return;
        }
        Integer limit = r.path("limit").isInt() ? r.get("limit").intValue() : null;
        reduceOptions(PanelCode.texts(r.get("calcs")), r.path("values").asBoolean(false), limit,
                r.path("fields").asText(""));
        taken.add("options.reduceOptions.calcs");
        taken.add("options.reduceOptions.values");
        taken.add("options.reduceOptions.fields");
        if (r.path("limit").isInt()) {
            taken.add("options.reduceOptions.limit");
        }
    }

    private void orientation(JsonNode o) {
        constant(o, "orientation", "Orientation", List.of("auto", "vertical", "horizontal"));
    }

    private void bool(JsonNode o, String field) {
        if (o.path(field).isBoolean()) {
            chain.call(field, o.get(field).asBoolean());
            taken.add("options." + field);
        }
    }

    private void constant(JsonNode o, String field, String type, List<String> ids) {
        constant(o, field, type, ids, field, "options." + field);
    }

    private void constant(JsonNode o, String field, String type, List<String> ids, String method, String path) {
        String id = o.path(field).asText("");
        if (ids.contains(id)) {
            String outer = type.contains(".") ? type.substring(0, type.indexOf('.')) : type;
            context.model(outer);
            chain.call(method, type + "." + id.toUpperCase(Locale.ROOT));
            taken.add(path);
        }
    }
}
