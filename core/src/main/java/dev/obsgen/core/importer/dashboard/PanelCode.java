package dev.obsgen.core.importer.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.obsgen.model.dashboard.GrafanaUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One panel as builder code: the fields every kind shares here, each kind's options in {@link PanelOptionsCode},
 * a retired kind's fields in {@link LegacyPanelCode}. What is left goes into raw fields or notes by
 * {@link Leftovers}.
 */
final class PanelCode {
    private final ImportContext context;
    private final Set<Integer> ids;
    private dev.obsgen.model.dashboard.GridLayout layout = new dev.obsgen.model.dashboard.GridLayout();

    PanelCode(ImportContext context, Set<Integer> ids) {
        this.context = context;
        this.ids = ids;
    }

    /**
     * The grid the following panels are placed in, as the dashboard builder will place them: the dashboard's, or a
     * collapsed row's own. A declared position the builder would refuse is left to its layout, with a note.
     */
    void section(dev.obsgen.model.dashboard.GridLayout grid) {
        this.layout = grid;
    }

    /** Whether the builder will keep this position in the current grid; if so it is taken. */
    boolean place(dev.obsgen.model.dashboard.GridPos position, String element) {
        try {
            layout.fixed(position, element);
            return true;
        } catch (IllegalArgumentException e) {
            context.note(element, "gridPos " + position.h() + "x" + position.w() + " at " + position.x() + ","
                    + position.y() + " dropped, the model places the panel: " + e.getMessage());
            return false;
        }
    }

    /**
     * @param fallbackHeight the height of a panel without a grid position (a row's, in the schema before rows
     *                       were panels), or 0 when the panel must have one
     */
    CodeChain panel(JsonNode p, int fallbackHeight) {
        String title = p.path("title").asText("");
        String element = "panel '" + title + "'";
        String type = p.path("type").asText("");
        Set<String> taken = new HashSet<>(Set.of("type", "title", "pluginVersion", "id", "gridPos", "datasource",
                "targets"));
        PanelKind kind = PanelKind.of(type).orElse(null);
        if (kind == null) {
            context.note(element, "panel type '" + type + "' has no kind in the model; imported as a text panel"
                    + " that names it, at the same place");
            CodeChain chain = new CodeChain(context.model("Panel") + ".text(" + JavaText.string(title) + ")");
            common(p, chain, element, fallbackHeight, new HashSet<>(), false);
            chain.call("content", JavaText.string("Panel of type " + type + ", which the model does not have."));
            context.note(element, "the other fields of the '" + type + "' panel dropped");
            return chain;
        }
        String replacement = PanelKind.legacyReplacement(type);
        if (replacement != null) {
            context.note(element, "retired panel type '" + type + "' imported as '" + replacement + "'");
        }
        CodeChain chain = new CodeChain(context.model("Panel") + "." + kind.factory() + "(" + JavaText.string(title)
                + ")");
        if (kind == PanelKind.TEXT) {
            taken.remove("datasource");
            taken.remove("targets");
        }
        common(p, chain, element, fallbackHeight, taken, kind != PanelKind.TEXT);
        if (kind != PanelKind.TEXT) {
            targets(p, chain, element, kind);
        }
        new FieldConfigCode(context, chain, element, taken).defaults(p, kind);
        if (replacement != null) {
            new LegacyPanelCode(context, chain, element, taken).map(p, type, kind);
        } else {
            new PanelOptionsCode(context, chain, element, taken).map(p, kind);
        }
        Leftovers leftovers = new Leftovers().sort(p, Skeletons.panel(kind), taken, "");
        for (int i = 0; i < p.path("targets").size(); i++) {
            leftovers.sort(p.path("targets").get(i), Skeletons.target(kind), Set.of("expr", "refId", "legendFormat",
                    "format", "instant", "range", "interval", "datasource", "hide"), "targets[" + i + "].");
        }
        raw(chain, element, leftovers);
        return chain;
    }

    private void common(JsonNode p, CodeChain chain, String element, int fallbackHeight, Set<String> taken,
                        boolean queries) {
        String description = p.path("description").asText("");
        if (!description.isEmpty()) {
            chain.call("description", new CodeChain.Text(description));
        }
        if (p.has("description")) {
            taken.add("description");
        }
        if (p.path("id").canConvertToInt() && p.path("id").isNumber()) {
            int id = p.path("id").intValue();
            if (ids.add(id)) {
                chain.call("id", id);
            } else {
                context.note(element, "panel id " + id + " is taken by an earlier panel; the model numbers this one");
            }
        }
        JsonNode grid = p.path("gridPos");
        boolean valid = grid.path("h").isInt() && grid.path("w").isInt() && grid.path("x").isInt()
                && grid.path("y").isInt() && grid.path("h").intValue() > 0 && grid.path("w").intValue() > 0
                && grid.path("x").intValue() >= 0 && grid.path("y").intValue() >= 0;
        if (valid && !place(new dev.obsgen.model.dashboard.GridPos(grid.path("h").intValue(), grid.path("w").intValue(),
                grid.path("x").intValue(), grid.path("y").intValue()), element)) {
            chain.call("span", Math.min(24, grid.path("w").intValue()));
            chain.call("height", grid.path("h").intValue());
        } else if (valid) {
            chain.call("gridPos", "new " + context.model("GridPos") + "(" + grid.path("h").intValue() + ", "
                    + grid.path("w").intValue() + ", " + grid.path("x").intValue() + ", " + grid.path("y").intValue()
                    + ")");
            int extra = grid.size() - 4;
            if (extra > 0) {
                context.note(element, "gridPos fields besides h, w, x and y dropped: " + JsonValues.shortText(grid));
            }
        } else if (fallbackHeight > 0) {
            int span = p.path("span").asInt(12);
            taken.add("span");
            taken.add("height");
            chain.call("span", Math.max(1, Math.min(24, span * 2)));
            chain.call("height", fallbackHeight);
            context.note(element, "no grid position (span " + span + "); the model places the panel,"
                    + " " + Math.max(1, Math.min(24, span * 2)) + " columns wide and " + fallbackHeight + " high");
        } else {
            context.note(element, "no usable grid position " + JsonValues.shortText(grid) + "; the model places it");
        }
        if (!queries) {
            return;
        }
        String datasource = context.datasource(p.get("datasource"), element);
        if (datasource != null) {
            chain.call("datasource", datasource);
        }
        if (!JsonValues.has(p, "datasource")) {
            context.note(element, "datasource: none given (Grafana's default data source); the model's"
                    + " ${datasource} is written");
        }
    }

    private void targets(JsonNode p, CodeChain chain, String element, PanelKind kind) {
        JsonNode panelSource = p.get("datasource");
        for (JsonNode t : p.path("targets")) {
            String expr = t.path("expr").asText("");
            context.expression(expr);
            CodeChain target = new CodeChain(context.model("PrometheusTarget") + ".builder("
                    + context.query(expr, JavaText.INDENT + JavaText.INDENT + JavaText.INDENT) + ")");
            if (JsonValues.has(t, "refId")) {
                target.call("refId", JavaText.string(t.get("refId").asText()));
            }
            // Grafana shows a missing legend format as __auto, which is what the model writes for one.
            String legend = JsonValues.has(t, "legendFormat") ? t.get("legendFormat").asText() : "__auto";
            if (!legend.equals("__auto")) {
                target.call("legendFormat", JavaText.string(legend));
            }
            String format = t.path("format").asText("time_series");
            switch (format) {
                case "table" -> target.call("format", context.model("PrometheusTarget") + ".Format.TABLE");
                case "heatmap" -> target.call("format", context.model("PrometheusTarget") + ".Format.HEATMAP");
                case "time_series" -> { }
                default -> context.note(element, "query " + t.path("refId").asText() + " format '" + format
                        + "' is not one the model has; time_series is written");
            }
            boolean instant = t.path("instant").asBoolean(false);
            boolean range = t.has("range") ? t.path("range").asBoolean() : !instant;
            if (instant && !range) {
                target.call("instant");
            } else if (instant || !range) {
                context.note(element, "query " + t.path("refId").asText() + " has instant " + instant + " and range "
                        + range + "; the model has a range query or an instant one, and writes "
                        + (instant ? "an instant" : "a range") + " query");
                if (instant) {
                    target.call("instant");
                }
            }
            String interval = t.path("interval").asText("");
            if (!interval.isEmpty()) {
                target.call("interval", JavaText.string(interval));
            }
            if (t.path("hide").asBoolean(false)) {
                target.call("hide", "true");
            }
            JsonNode source = t.has("datasource") ? t.get("datasource") : panelSource;
            String ref = context.datasource(source, element);
            if (ref != null) {
                target.call("datasource", ref);
            }
            chain.call("withTarget", target);
        }
    }

    private void raw(CodeChain chain, String element, Leftovers leftovers) {
        for (Map.Entry<String, Object> field : leftovers.raw().entrySet()) {
            JavaText.collectImports(field.getValue(), context.imports());
            chain.call("rawField", JavaText.string(field.getKey()), new CodeChain.Value(field.getValue()));
            context.note(element, "field '" + field.getKey() + "' is not in the typed model; kept as a raw field");
        }
        if (!leftovers.empty().isEmpty()) {
            context.note(element, "fields null or empty in the input, which Grafana reads as unset, left out: "
                    + String.join(", ", leftovers.empty()));
        }
        for (Map.Entry<String, String> field : leftovers.lost().entrySet()) {
            context.note(element, "field '" + field.getKey() + "' dropped: " + field.getValue());
        }
    }

    /** The unit of a Grafana unit id, or null when the model's list does not have it. */
    static String unit(ImportContext context, String id) {
        for (GrafanaUnit unit : GrafanaUnit.values()) {
            if (unit.id().equals(id)) {
                return context.model("GrafanaUnit") + "." + unit.name();
            }
        }
        return null;
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(item -> out.add(item.asText()));
        return out;
    }
}
