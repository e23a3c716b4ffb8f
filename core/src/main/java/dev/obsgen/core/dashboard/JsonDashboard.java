package dev.obsgen.core.dashboard;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import dev.obsgen.model.dashboard.GridPos;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Grafana dashboard JSON document as the shape the dashboard checks read, and for each element the findings can
 * name (see {@link DashboardElements}) the text that stands on its line in the file, so lint can place a finding.
 * Panels of an open row follow the row in the document; those of a collapsed row are nested in it, as are those of
 * every row of a dashboard older than schema 16 (a {@code rows} list instead of panels of type row).
 */
public record JsonDashboard(DashboardShape shape, Map<String, String> anchors) {
    /** Lint knows no scrape interval; Grafana's own default is one minute. */
    public static final long SCRAPE_MILLIS = 60_000;

    public static boolean looksLikeDashboard(JsonNode root) {
        return root.isObject() && (root.has("panels") || root.has("schemaVersion")) && root.has("title");
    }

    public static JsonDashboard of(JsonNode root) {
        List<PanelShape> panels = new ArrayList<>();
        List<RowShape> rows = new ArrayList<>();
        List<JsonNode> rowNodes = new ArrayList<>();
        List<List<PanelShape>> rowPanels = new ArrayList<>();
        for (JsonNode node : root.path("panels")) {
            if (node.path("type").asText().equals("row")) {
                rowNodes.add(node);
                rowPanels.add(nested(node));
            } else {
                (rowPanels.isEmpty() ? panels : rowPanels.get(rowPanels.size() - 1)).add(panel(node));
            }
        }
        // Dashboards older than schema 16 hold their panels in "rows" instead, each row a list of its own.
        for (JsonNode row : root.path("rows")) {
            rowNodes.add(row);
            rowPanels.add(nested(row));
        }
        for (int i = 0; i < rowNodes.size(); i++) {
            JsonNode row = rowNodes.get(i);
            rows.add(new RowShape(id(row), row.path("title").asText(""), row.path("collapsed").asBoolean(false),
                    gridPos(row.path("gridPos")), rowPanels.get(i)));
        }
        List<VariableShape> variables = new ArrayList<>();
        for (JsonNode variable : root.path("templating").path("list")) {
            variables.add(new VariableShape(variable.path("name").asText(""), variable.path("type").asText(""),
                    variableQuery(variable.path("query")), datasource(variable.path("datasource")),
                    variable.path("refresh").asInt(0)));
        }
        List<AnnotationShape> annotations = new ArrayList<>();
        for (JsonNode annotation : root.path("annotations").path("list")) {
            annotations.add(new AnnotationShape(annotation.path("name").asText(""), annotation.path("expr").asText(""),
                    datasource(annotation.path("datasource"))));
        }
        DashboardShape shape = new DashboardShape(root.path("uid").asText(""), root.path("title").asText(""), panels,
                rows, variables, annotations, SCRAPE_MILLIS);
        return new JsonDashboard(shape, anchors(shape, root));
    }

    /** The first text of the file that names an element, looked up from the longest element name that fits. */
    private static Map<String, String> anchors(DashboardShape shape, JsonNode root) {
        Map<String, String> anchors = new LinkedHashMap<>();
        anchors.put(DashboardElements.dashboard(shape), root.has("uid") ? "\"uid\"" : "\"title\"");
        for (RowShape row : shape.rows()) {
            anchors.putIfAbsent(DashboardElements.row(shape, row), "\"title\": " + quoted(row.title()));
        }
        for (PanelShape panel : shape.allPanels()) {
            anchors.putIfAbsent(DashboardElements.panel(shape, panel), "\"title\": " + quoted(panel.title()));
            for (TargetShape target : panel.targets()) {
                anchors.putIfAbsent(DashboardElements.target(shape, panel, target), jsonText(target.expr()));
            }
        }
        for (VariableShape variable : shape.variables()) {
            anchors.putIfAbsent(DashboardElements.variable(shape, variable), "\"name\": " + quoted(variable.name()));
        }
        for (AnnotationShape annotation : shape.annotations()) {
            anchors.putIfAbsent(DashboardElements.annotation(shape, annotation), "\"name\": " + quoted(annotation.name()));
        }
        return anchors;
    }

    private static List<PanelShape> nested(JsonNode row) {
        List<PanelShape> panels = new ArrayList<>();
        for (JsonNode child : row.path("panels")) {
            panels.add(panel(child));
        }
        return panels;
    }

    private static PanelShape panel(JsonNode panel) {
        List<TargetShape> targets = new ArrayList<>();
        for (JsonNode target : panel.path("targets")) {
            targets.add(new TargetShape(target.path("refId").asText(""), target.path("expr").asText(""),
                    target.path("hide").asBoolean(false), target.path("format").asText(""),
                    datasource(target.path("datasource"))));
        }
        JsonNode options = panel.path("options");
        String layout = options.path("rowsFrame").path("layout").asText("");
        boolean computesBuckets = options.path("calculate").asBoolean(false) || !layout.isEmpty() && !layout.equals("le");
        return new PanelShape(id(panel), panel.path("title").asText(""), panel.path("type").asText(""),
                panel.path("description").asText(""), panel.path("fieldConfig").path("defaults").path("unit").asText(""),
                gridPos(panel.path("gridPos")), datasource(panel.path("datasource")), targets,
                panel.has("libraryPanel"), computesBuckets);
    }

    private static Integer id(JsonNode node) {
        return node.path("id").isInt() ? node.path("id").asInt() : null;
    }

    private static GridPos gridPos(JsonNode node) {
        if (!node.isObject()) {
            return null;
        }
        try {
            return new GridPos(node.path("h").asInt(0), node.path("w").asInt(0), node.path("x").asInt(0),
                    node.path("y").asInt(0));
        } catch (IllegalArgumentException e) {
            // An impossible position (no width, a negative column) is as good as none to the checks.
            return null;
        }
    }

    /** The uid of a data source reference; older dashboards name it by a plain string. */
    private static String datasource(JsonNode datasource) {
        return datasource.isObject() ? datasource.path("uid").asText("") : datasource.asText("");
    }

    /** A query variable's query is a string, or in newer dashboards an object holding it. */
    private static String variableQuery(JsonNode query) {
        return query.isObject() ? query.path("query").asText("") : query.asText("");
    }

    private static String quoted(String text) {
        return "\"" + jsonText(text) + "\"";
    }

    /** The text as it stands inside a JSON string, escaped, to find its line in the file. */
    public static String jsonText(String text) {
        return new String(JsonStringEncoder.getInstance().quoteAsString(text));
    }
}
