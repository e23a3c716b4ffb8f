package dev.obsgen.core.importer.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The retired panels' own fields in their modern kinds, as Grafana's migration reads them: a graph's axes, fill,
 * stacking, legend and tooltip; a singlestat's format, reducer, thresholds and sparkline. Their other own fields
 * mean nothing to the modern kind and are listed in one note.
 */
final class LegacyPanelCode extends PanelPartCode {
    /** Fields every panel kind has; a retired panel's leave them to {@link Leftovers}. */
    private static final Set<String> SHARED = Set.of("links", "repeat", "repeatDirection", "maxPerRow", "interval",
            "maxDataPoints", "timeFrom", "timeShift", "hideTimeOverride", "transparent", "fieldConfig", "options",
            "transformations", "description", "libraryPanel");

    LegacyPanelCode(ImportContext context, CodeChain chain, String element, Set<String> taken) {
        super(context, chain, element, taken);
    }

    void map(JsonNode p, String type, PanelKind kind) {
        Set<String> before = new TreeSet<>(taken);
        if (kind == PanelKind.TIMESERIES) {
            graph(p);
        } else if (kind == PanelKind.STAT) {
            singlestat(p);
        }
        Set<String> translated = new TreeSet<>();
        p.fieldNames().forEachRemaining(name -> {
            if (taken.contains(name) && !before.contains(name)) {
                translated.add(name);
            }
        });
        if (!translated.isEmpty()) {
            note("fields of the retired '" + type + "' panel translated to their '" + kind.type()
                    + "' equivalents: " + String.join(", ", translated));
        }
        Set<String> dropped = new TreeSet<>();
        Iterator<String> names = p.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!SHARED.contains(name) && !taken.contains(name)) {
                dropped.add(name);
                taken.add(name);
            }
        }
        if (!dropped.isEmpty()) {
            note("fields of the retired '" + type + "' panel the model has no place for, dropped: "
                    + String.join(", ", dropped));
        }
    }

    private void graph(JsonNode p) {
        JsonNode axis = p.path("yaxes").path(0);
        if (!unit(axis.path("format").asText("")) && axis.has("format")) {
            note("axis unit '" + axis.path("format").asText() + "' is not in GrafanaUnit; dropped");
        }
        Double min = number(axis.get("min"));
        Double max = number(axis.get("max"));
        if (min != null) {
            chain.call("min", JavaText.decimal(min));
        }
        if (max != null) {
            chain.call("max", JavaText.decimal(max));
        }
        if (p.path("decimals").isInt()) {
            chain.call("decimals", p.get("decimals").intValue());
        }
        String model = context.model("GraphStyle");
        StringBuilder style = new StringBuilder(model).append(".lines()");
        boolean lines = p.path("lines").asBoolean(true);
        if (!lines && p.path("bars").asBoolean(false)) {
            style.append(".drawStyle(").append(model).append(".DrawStyle.BARS)");
        } else if (!lines && p.path("points").asBoolean(false)) {
            style.append(".drawStyle(").append(model).append(".DrawStyle.POINTS)");
        }
        int fill = Math.max(0, Math.min(10, p.path("fill").asInt(1)));
        if (fill * 10 != 10) {
            style.append(".fillOpacity(").append(fill * 10).append(")");
        }
        int width = p.path("linewidth").asInt(1);
        if (width != 1) {
            style.append(".lineWidth(").append(width).append(")");
        }
        if (p.path("stack").asBoolean(false)) {
            style.append(".stacking(").append(model).append(".Stacking.")
                    .append(p.path("percentage").asBoolean(false) ? "PERCENT" : "NORMAL").append(")");
        }
        if (lines && p.path("points").asBoolean(false)) {
            style.append(".showPoints(").append(model).append(".Visibility.ALWAYS)");
        }
        if (!style.toString().equals(model + ".lines()")) {
            chain.call("style", style.toString());
        }
        JsonNode legend = p.path("legend");
        if (legend.isObject()) {
            boolean show = legend.path("show").asBoolean(true);
            List<String> calcs = new ArrayList<>();
            if (legend.path("values").asBoolean(false)) {
                addIf(legend, "min", "min", calcs);
                addIf(legend, "max", "max", calcs);
                addIf(legend, "avg", "mean", calcs);
                addIf(legend, "current", "lastNotNull", calcs);
                addIf(legend, "total", "sum", calcs);
            }
            legend(show, !show ? "HIDDEN" : legend.path("alignAsTable").asBoolean(false) ? "TABLE" : "LIST",
                    legend.path("rightSide").asBoolean(false) ? "RIGHT" : "BOTTOM", calcs);
        }
        JsonNode tooltip = p.path("tooltip");
        if (tooltip.isObject()) {
            int sort = tooltip.path("sort").asInt(0);
            tooltip(tooltip.path("shared").asBoolean(true) ? "MULTI" : "SINGLE",
                    sort == 1 ? "ASCENDING" : sort == 2 ? "DESCENDING" : "NONE");
        }
        taken.addAll(Set.of("yaxes", "decimals", "lines", "bars", "points", "fill", "linewidth", "stack",
                "percentage", "legend", "tooltip"));
    }

    private static void addIf(JsonNode legend, String field, String calc, List<String> calcs) {
        if (legend.path(field).asBoolean(false)) {
            calcs.add(calc);
        }
    }

    private void singlestat(JsonNode p) {
        if (!unit(p.path("format").asText("")) && p.has("format")) {
            note("unit '" + p.path("format").asText() + "' is not in GrafanaUnit; dropped");
        }
        if (p.path("decimals").isInt()) {
            chain.call("decimals", p.get("decimals").intValue());
        }
        String calc = switch (p.path("valueName").asText("avg")) {
            case "current" -> "lastNotNull";
            case "avg" -> "mean";
            case "total" -> "sum";
            case "min", "max", "first", "delta", "diff", "range" -> p.path("valueName").asText();
            default -> "lastNotNull";
        };
        reduceOptions(List.of(calc), false, null, "");
        String[] limits = p.path("thresholds").asText("").split(",");
        JsonNode colors = p.path("colors");
        if (colors.size() == 3 && limits.length == 2 && number(limits[0]) != null && number(limits[1]) != null
                && number(limits[0]) <= number(limits[1])) {
            chain.call("thresholds", context.model("Thresholds") + ".absolute(" + JavaText.string(colors.get(0).asText())
                    + ").step(" + JavaText.decimal(number(limits[0])) + ", " + JavaText.string(colors.get(1).asText())
                    + ").step(" + JavaText.decimal(number(limits[1])) + ", " + JavaText.string(colors.get(2).asText())
                    + ")");
        }
        String statModel = context.model("StatPanel");
        String colorMode = p.path("colorBackground").asBoolean(false) ? "BACKGROUND"
                : p.path("colorValue").asBoolean(false) ? "VALUE" : "NONE";
        chain.call("colorMode", statModel + ".ColorMode." + colorMode);
        chain.call("graphMode", statModel + ".GraphMode." + (p.path("sparkline").path("show").asBoolean(false) ? "AREA"
                : "NONE"));
        taken.addAll(Set.of("format", "decimals", "valueName", "thresholds", "colors", "colorBackground",
                "colorValue", "sparkline"));
    }

    private static Double number(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isNumber() ? Double.valueOf(node.doubleValue()) : number(node.asText());
    }

    private static Double number(String text) {
        try {
            return text == null || text.isBlank() ? null : Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
