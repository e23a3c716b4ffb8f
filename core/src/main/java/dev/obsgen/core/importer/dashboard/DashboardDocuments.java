package dev.obsgen.core.importer.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.obsgen.core.importer.ImportNotes;
import dev.obsgen.core.render.grafana.GrafanaVersion;
import dev.obsgen.core.render.grafana.v2.ClassicDashboard;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dashboards one file holds: a dashboard JSON, a JSON with a {@code dashboard} wrapper (Grafana's HTTP API),
 * a Kubernetes ConfigMap with dashboards in {@code data} (a {@code List} of them too, as kube-prometheus ships),
 * a grafana-operator {@code GrafanaDashboard} with its JSON in {@code spec.json}, or a {@code dashboard.grafana.app}
 * {@code Dashboard} resource (classic JSON in {@code spec}, or a v2 spec read back into classic JSON; its uid is
 * {@code metadata.name}); several YAML documents may follow each other. {@code folder.grafana.app} Folder resources
 * are noted and skipped.
 */
final class DashboardDocuments {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final String RESOURCE_GROUP = "dashboard.grafana.app/";
    private static final String FOLDER_GROUP = "folder.grafana.app/";

    /** One dashboard and where in the file it is, such as {@code ConfigMap grafana-dashboard-nodes, nodes.json}. */
    record Source(String where, JsonNode dashboard) {
    }

    private final String file;
    private final ImportNotes notes;

    DashboardDocuments(String file, ImportNotes notes) {
        this.file = file;
        this.notes = notes;
    }

    List<Source> read(String text) throws IOException {
        List<Source> out = new ArrayList<>();
        String start = text.stripLeading();
        if (start.startsWith("{")) {
            JsonNode node = parseJson(text, "the file");
            if (isDashboardResource(node)) {
                resource(node, out);
            } else if (isFolderResource(node)) {
                folder(node);
            } else {
                dashboardOrWrapper("", node, out);
            }
            return out;
        }
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(text)) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && !document.isNull()) {
                    manifest(document, out);
                }
            }
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not JSON or YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()));
        }
        return out;
    }

    private void manifest(JsonNode document, List<Source> out) throws IOException {
        String kind = document.path("kind").asText("");
        String name = document.path("metadata").path("name").asText("");
        switch (kind) {
            case "List" -> {
                for (JsonNode item : document.path("items")) {
                    manifest(item, out);
                }
            }
            case "ConfigMap" -> {
                TreeMap<String, JsonNode> data = new TreeMap<>();
                document.path("data").fields().forEachRemaining(e -> data.put(e.getKey(), e.getValue()));
                data.forEach((key, value) -> {
                    String where = "ConfigMap " + name + ", " + key;
                    if (!key.endsWith(".json")) {
                        notes.add(file, where, "not a .json key; skipped");
                        return;
                    }
                    try {
                        dashboardOrWrapper(where, parseJson(value.asText(), where), out);
                    } catch (IOException e) {
                        notes.add(file, where, e.getMessage());
                    }
                });
            }
            case "GrafanaDashboard" -> {
                JsonNode spec = document.path("spec");
                String where = "GrafanaDashboard " + name;
                if (spec.path("json").isTextual()) {
                    dashboardOrWrapper(where, parseJson(spec.get("json").asText(), where), out);
                } else {
                    notes.add(file, where, "no spec.json (a dashboard by URL, grafana.com id or ConfigMap reference"
                            + " is fetched by the operator, not read here); skipped");
                }
            }
            case "Dashboard" -> {
                if (isDashboardResource(document)) {
                    resource(document, out);
                } else {
                    notes.add(file, "Dashboard " + name, "apiVersion '" + document.path("apiVersion").asText("")
                            + "' is not dashboard.grafana.app; skipped");
                }
            }
            case "Folder" -> {
                if (isFolderResource(document)) {
                    folder(document);
                } else {
                    notes.add(file, "Folder " + name, "apiVersion '" + document.path("apiVersion").asText("")
                            + "' is not folder.grafana.app; skipped");
                }
            }
            default -> {
                if (document.has("panels") || document.has("rows") || document.has("dashboard")) {
                    dashboardOrWrapper("", document, out);
                } else {
                    notes.add(file, kind.isEmpty() ? "document" : kind + " " + name,
                            "neither a dashboard nor a ConfigMap, List or GrafanaDashboard holding one; skipped");
                }
            }
        }
    }

    private static boolean isFolderResource(JsonNode node) {
        return node.path("kind").asText("").equals("Folder")
                && node.path("apiVersion").asText("").startsWith(FOLDER_GROUP);
    }

    /**
     * A {@code folder.grafana.app} Folder resource, as Git Sync keeps in a directory's {@code _folder.json}, holds no
     * dashboard: noted and skipped.
     */
    private void folder(JsonNode document) {
        notes.add(file, "Folder " + document.path("metadata").path("name").asText(""),
                "a folder (title '" + document.path("spec").path("title").asText("") + "'), not a dashboard; skipped");
    }

    private static boolean isDashboardResource(JsonNode node) {
        return node.path("kind").asText("").equals("Dashboard")
                && node.path("apiVersion").asText("").startsWith(RESOURCE_GROUP);
    }

    /**
     * A {@code dashboard.grafana.app} resource, as Git Sync and grafanactl keep them: a v0 or v1 one holds the
     * classic JSON in {@code spec}; a v2 one is read back into classic JSON by {@link ClassicDashboard}, which
     * refuses what classic JSON cannot hold rather than drop it.
     */
    private void resource(JsonNode document, List<Source> out) throws IOException {
        String apiVersion = document.path("apiVersion").asText("");
        String name = document.path("metadata").path("name").asText("");
        String where = "Dashboard " + name + " (" + apiVersion + ")";
        JsonNode spec = document.path("spec");
        if (!spec.isObject()) {
            throw new IOException(file + " (" + where + "): no spec object");
        }
        if (!apiVersion.startsWith(RESOURCE_GROUP + "v2")) {
            ObjectNode classic = spec.deepCopy();
            // Grafana identifies a resource by metadata.name; a uid in the spec is not what it serves.
            if (!name.isEmpty()) {
                String specUid = classic.path("uid").asText("");
                if (classic.hasNonNull("uid") && !specUid.equals(name)) {
                    notes.add(file, where, "spec.uid '" + specUid + "' differs from metadata.name; the uid is '"
                            + name + "', as Grafana identifies the dashboard");
                }
                classic.put("uid", name);
            }
            dashboardOrWrapper(where, classic, out);
            return;
        }
        try {
            Map<String, Object> v2 = JSON.convertValue(spec, new TypeReference<Map<String, Object>>() {
            });
            out.add(new Source(where, JSON.valueToTree(ClassicDashboard.fromV2(name, v2, GrafanaVersion.DEFAULT))));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " (" + where + "): " + e.getMessage());
        }
    }

    private void dashboardOrWrapper(String where, JsonNode node, List<Source> out) throws IOException {
        JsonNode dashboard = node.path("dashboard").isObject() ? node.get("dashboard") : node;
        if (!dashboard.isObject()) {
            throw new IOException(file + (where.isEmpty() ? "" : " (" + where + ")") + ": not a dashboard object");
        }
        out.add(new Source(where, dashboard));
    }

    private JsonNode parseJson(String text, String where) throws IOException {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IOException(file + " (" + where + "): not JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr()));
        }
    }
}
