package dev.obsgen.core.importer.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.obsgen.core.importer.ImportedDashboard;
import dev.obsgen.core.importer.JavaMethod;
import dev.obsgen.model.dashboard.GridLayout;
import dev.obsgen.model.dashboard.GridPos;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One dashboard as the body of a method that builds it: its own fields, variables, annotations, links, then its
 * panels and rows in the input's order, each panel with the grid position it has. What the model has no field
 * for is kept as a raw field of the dashboard, the row or the panel, each with a note.
 */
final class DashboardCode {
    /** Export metadata for Grafana's import dialog; provisioning ignores it, so the renderer never writes it. */
    private static final Set<String> EXPORT_ONLY = Set.of("__inputs", "__requires", "__elements");
    /** Written by the renderer for the target Grafana release, whatever the input said. */
    private static final Set<String> RELEASE_FIELDS = Set.of("id", "version", "schemaVersion");

    private final ImportContext context;
    private final Set<Integer> ids = new HashSet<>();

    DashboardCode(ImportContext context) {
        this.context = context;
    }

    /** The method building the dashboard {@code d}, filed under {@code folder} (the root when empty). */
    ImportedDashboard method(JsonNode d, String methodName, String folder) {
        // Data source locals end in "Source", so a label never clashes with one.
        context.selectors(new SelectorConstants(SelectorConstants.expressions(d), Set.of()));
        Set<String> taken = new HashSet<>(Set.of("uid", "title", "description", "tags", "time", "refresh",
                "timezone", "graphTooltip", "editable", "panels", "rows", "templating", "annotations", "links"));
        taken.addAll(EXPORT_ONLY);
        taken.addAll(RELEASE_FIELDS);
        List<String> exportOnly = new ArrayList<>();
        EXPORT_ONLY.stream().sorted().filter(d::has).forEach(exportOnly::add);
        if (!exportOnly.isEmpty()) {
            context.note("", "export fields " + exportOnly + " dropped: they serve Grafana's import dialog, which"
                    + " provisioned dashboards do not pass through");
        }
        CodeChain chain = new CodeChain(context.model("Dashboard") + ".builder(" + JavaText.string(context.uid())
                + ", " + JavaText.string(d.path("title").asText(context.uid())) + ")");
        if (!folder.isEmpty()) {
            chain.call("folder", JavaText.string(folder));
        }
        if (!d.path("description").asText("").isEmpty()) {
            chain.call("description", new CodeChain.Text(d.get("description").asText()));
        }
        if (d.path("tags").isArray() && !d.get("tags").isEmpty()) {
            chain.call("tags", context.use("java.util.List") + ".of(" + String.join(", ",
                    PanelCode.texts(d.get("tags")).stream().map(JavaText::string).toList()) + ")");
        }
        JsonNode time = d.path("time");
        if (time.path("from").isTextual() && time.path("to").isTextual()) {
            if (!time.get("from").asText().equals("now-6h") || !time.get("to").asText().equals("now")) {
                chain.call("time", JavaText.string(time.get("from").asText()), JavaText.string(time.get("to").asText()));
            }
            if (time.size() > 2) {
                context.note("", "time fields besides from and to dropped: " + JsonValues.shortText(time));
            }
        }
        String refresh = d.path("refresh").isTextual() ? d.get("refresh").asText() : "";
        if (!refresh.isEmpty()) {
            chain.call("refresh", JavaText.string(refresh));
        }
        if (d.has("refresh") && !d.get("refresh").isTextual()) {
            context.note("", "refresh " + d.get("refresh") + " is not an interval; no auto-refresh is written");
        }
        String timezone = d.path("timezone").asText("browser");
        if (!timezone.equals("browser")) {
            chain.call("timezone", JavaText.string(timezone));
        }
        int tooltip = d.path("graphTooltip").asInt(0);
        String[] sync = {"OFF", "CROSSHAIR", "TOOLTIP"};
        if (tooltip != 1) {
            chain.call("tooltip", context.model("CursorSync") + "." + sync[Math.max(0, Math.min(2, tooltip))]);
        }
        if (!d.path("editable").asBoolean(true)) {
            chain.call("editable", "false");
        }
        Leftovers leftovers = new Leftovers();
        links(d.path("links"), chain, leftovers);
        variables(d.path("templating").path("list"), chain, leftovers);
        annotations(d.path("annotations").path("list"), chain, leftovers);
        if (d.path("panels").isArray()) {
            panels(d.get("panels"), chain);
        }
        if (d.path("rows").isArray()) {
            legacyRows(d.get("rows"), chain);
        }
        leftovers.sort(d, Skeletons.dashboard(), taken, "");
        for (Map.Entry<String, Object> field : leftovers.raw().entrySet()) {
            JavaText.collectImports(field.getValue(), context.imports());
            chain.call("rawField", JavaText.string(field.getKey()), new CodeChain.Value(field.getValue()));
            context.note("", "field '" + field.getKey() + "' is not in the typed model; kept as a raw field");
        }
        leftovers.lost().forEach((path, why) -> context.note("", "field '" + path + "' dropped: " + why));
        if (!leftovers.empty().isEmpty()) {
            context.note("", "fields null or empty in the input, which Grafana reads as unset, left out: "
                    + String.join(", ", leftovers.empty()));
        }
        chain.call("build");
        StringBuilder body = new StringBuilder();
        context.declarations().forEach(line -> body.append(line).append('\n'));
        body.append("return ").append(chain.render("")).append(";");
        return new ImportedDashboard(context.uid(), new JavaMethod(methodName, "Dashboard", body.toString(),
                context.imports()), context.expressions());
    }

    private void links(JsonNode links, CodeChain chain, Leftovers leftovers) {
        int index = 0;
        for (JsonNode link : links) {
            String type = link.path("type").asText("");
            String title = link.path("title").asText("");
            if (!type.equals("link") && !type.equals("dashboards") || type.equals("link")
                    && link.path("url").asText("").isBlank()) {
                context.note("link '" + title + "'", "link of type '" + type + "' without a url dropped");
                continue;
            }
            String model = context.model("DashboardLink");
            chain.call("withLink", "new " + model + "(" + JavaText.string(title) + ", " + model + ".Type."
                    + (type.equals("link") ? "LINK" : "DASHBOARDS") + ", "
                    + JavaText.string(JsonValues.text(link, "url")) + ", " + context.use("java.util.List") + ".of("
                    + String.join(", ", PanelCode.texts(link.path("tags")).stream().map(JavaText::string).toList())
                    + "), " + JavaText.string(link.path("icon").asText("")) + ", "
                    + JavaText.string(link.path("tooltip").asText("")) + ", " + link.path("asDropdown").asBoolean(false)
                    + ", " + link.path("targetBlank").asBoolean(false) + ", " + link.path("includeVars").asBoolean(false)
                    + ", " + link.path("keepTime").asBoolean(false) + ")");
            leftovers.sort(link, Skeletons.link(), Set.of("title", "type", "url", "tags", "icon", "tooltip",
                    "asDropdown", "targetBlank", "includeVars", "keepTime"), "links[" + index++ + "].");
        }
    }

    private void variables(JsonNode list, CodeChain chain, Leftovers leftovers) {
        int index = 0;
        for (JsonNode v : list) {
            VariableCode.Mapped mapped = VariableCode.variable(context, v);
            if (mapped == null) {
                context.note("variable '" + v.path("name").asText() + "'", "variable of type '"
                        + v.path("type").asText() + "' has no kind in the model; dropped");
                continue;
            }
            chain.call("withVariable", mapped.code().contains("\n") ? reindent(mapped.code()) : mapped.code());
            leftovers.sort(v, Skeletons.variable(mapped.kind()), mapped.taken(), "templating.list[" + index++ + "].");
        }
    }

    /** A chain rendered at no indentation, moved to the depth of a call argument. */
    private static String reindent(String code) {
        return code.replace("\n", "\n" + JavaText.INDENT);
    }

    private void annotations(JsonNode list, CodeChain chain, Leftovers leftovers) {
        int index = 1;
        boolean builtIn = false;
        for (JsonNode a : list) {
            if (a.path("builtIn").asInt(0) == 1) {
                // The renderer always writes Grafana's own entry first; what this one says beyond it is sorted out.
                if (!builtIn) {
                    leftovers.sort(a, Skeletons.dashboard().path("annotations").path("list").get(0), Set.of(),
                            "annotations.list[0].");
                }
                builtIn = true;
                continue;
            }
            String name = a.path("name").asText("");
            if (!a.path("expr").isTextual()) {
                context.note("annotation '" + name + "'", "annotation without a Prometheus expression dropped: "
                        + JsonValues.shortText(a));
                continue;
            }
            context.expression(a.get("expr").asText());
            String ds = context.datasource(a.get("datasource"), "annotation '" + name + "'");
            chain.call("withAnnotation", "new " + context.model("AnnotationQuery") + "(" + JavaText.string(name)
                    + ", " + (ds != null ? ds : context.model("DatasourceRef") + ".prometheusVariable()") + ", "
                    + JavaText.string(a.get("expr").asText()) + ", " + JavaText.string(a.path("iconColor").asText("red"))
                    + ", " + a.path("enable").asBoolean(true) + ", " + JavaText.string(a.path("titleFormat").asText(""))
                    + ", " + JavaText.string(a.path("textFormat").asText("")) + ", "
                    + JavaText.string(a.path("tagKeys").asText("")) + ", " + JavaText.string(a.path("step").asText(""))
                    + ")");
            leftovers.sort(a, Skeletons.annotation(), Set.of("name", "datasource", "expr", "iconColor", "enable",
                    "titleFormat", "textFormat", "tagKeys", "step"), "annotations.list[" + index++ + "].");
        }
        if (!builtIn) {
            context.note("", "annotations.list: Grafana's built-in 'Annotations & Alerts' entry, which the input"
                    + " leaves out, is written first, as Grafana adds it on load");
        }
    }

    private void panels(JsonNode panels, CodeChain chain) {
        PanelCode code = new PanelCode(context, ids);
        GridLayout main = new GridLayout();
        code.section(main);
        for (JsonNode p : panels) {
            if (!p.path("type").asText("").equals("row")) {
                chain.call("withPanel", code.panel(p, 0));
                continue;
            }
            String title = p.path("title").asText("");
            CodeChain row = new CodeChain(context.model("Row") + ".builder(" + JavaText.string(title) + ")");
            if (p.path("collapsed").asBoolean(false)) {
                row.call("collapsed", "true");
            }
            if (p.path("id").isInt() && ids.add(p.get("id").intValue())) {
                row.call("id", p.get("id").intValue());
            }
            JsonNode grid = p.path("gridPos");
            boolean declared = false;
            if (grid.path("h").intValue() > 0 && grid.path("w").intValue() > 0 && grid.path("x").intValue() >= 0
                    && grid.path("y").intValue() >= 0 && grid.path("y").isInt() && grid.path("x").isInt()) {
                GridPos header = new GridPos(grid.path("h").intValue(), grid.path("w").intValue(),
                        grid.path("x").intValue(), grid.path("y").intValue());
                code.section(main);
                if (code.place(header, "row '" + title + "'")) {
                    row.call("gridPos", "new " + context.model("GridPos") + "(" + header.h() + ", " + header.w()
                            + ", " + header.x() + ", " + header.y() + ")");
                    declared = true;
                }
            }
            // As the builder does: a collapsed row with a declared header keeps its panels apart from the grid.
            code.section(declared && p.path("collapsed").asBoolean(false) ? new GridLayout() : main);
            Leftovers leftovers = new Leftovers().sort(p, Skeletons.row(), Set.of("title", "collapsed", "id",
                    "gridPos", "panels", "type", "datasource"), "");
            if (p.has("datasource")) {
                context.note("row '" + title + "'", "row data source dropped: a row's panels name their own");
            }
            leftovers.raw().forEach((path, value) -> {
                JavaText.collectImports(value, context.imports());
                row.call("rawField", JavaText.string(path), new CodeChain.Value(value));
                context.note("row '" + title + "'", "field '" + path + "' is not in the typed model; kept as a raw"
                        + " field");
            });
            leftovers.lost().forEach((path, why) -> context.note("row '" + title + "'", "field '" + path
                    + "' dropped: " + why));
            if (!leftovers.empty().isEmpty()) {
                context.note("row '" + title + "'", "fields null or empty in the input, which Grafana reads as"
                        + " unset, left out: " + String.join(", ", leftovers.empty()));
            }
            chain.call("withRow", row);
            for (JsonNode child : p.path("panels")) {
                chain.call("withPanel", code.panel(child, 0));
            }
        }
    }

    /** The schema before rows were panels: each row a list of panels with a span and the row's height. */
    private void legacyRows(JsonNode rows, CodeChain chain) {
        PanelCode code = new PanelCode(context, ids);
        context.note("", "rows in the schema before Grafana 5: panel positions are laid out by the model from each"
                + " panel's span and its row's height");
        for (JsonNode r : rows) {
            String title = r.path("title").asText("");
            CodeChain row = new CodeChain(context.model("Row") + ".builder(" + JavaText.string(title) + ")");
            if (r.path("collapse").asBoolean(false) || r.path("collapsed").asBoolean(false)) {
                row.call("collapsed", "true");
            }
            chain.call("withRow", row);
            int height = Math.max(1, (int) Math.ceil(pixels(r.path("height").asText("250px")) / 30.0));
            List<String> other = new ArrayList<>();
            r.fieldNames().forEachRemaining(n -> {
                if (!Set.of("title", "collapse", "collapsed", "panels", "height", "type").contains(n)) {
                    other.add(n);
                }
            });
            if (!other.isEmpty()) {
                context.note("row '" + title + "'", "fields of the schema before Grafana 5 dropped: " + other);
            }
            for (JsonNode child : r.path("panels")) {
                chain.call("withPanel", code.panel(child, height));
            }
        }
    }

    private static int pixels(String height) {
        try {
            return Integer.parseInt(height.replace("px", "").strip());
        } catch (NumberFormatException e) {
            return 250;
        }
    }
}
