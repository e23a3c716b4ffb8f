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
 * {@code metadata.name}); several YAML documents may follow each other. A grafana-operator {@code GrafanaManifest}
 * is read as the resource in its {@code template}. {@code folder.grafana.app} Folder resources (Git Sync's
 * {@code _folder.json}) hold no dashboard: their uid and title go into the folder titles the whole import shares, so a
 * resource's {@code grafana.app/folder} annotation, read in any file, finds its folder's title.
 */
final class DashboardDocuments {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final String RESOURCE_GROUP = "dashboard.grafana.app/";
    private static final String FOLDER_GROUP = "folder.grafana.app/";

    private static final String FOLDER_ANNOTATION = "grafana.app/folder";
    /** The ConfigMap annotation obsgen writes and Grafana's dashboard sidecar reads as the folder to put it in. */
    private static final String SIDECAR_FOLDER_ANNOTATION = "grafana_folder";

    /**
     * One dashboard and where in the file it is, such as {@code ConfigMap grafana-dashboard-nodes, nodes.json}, with
     * the folder it names: a Folder resource's uid, a folder title, or neither (empty).
     */
    record Source(String where, JsonNode dashboard, String folderUid, String folderTitle) {
        Source(String where, JsonNode dashboard) {
            this(where, dashboard, "", "");
        }
    }

    /** A file, or an element of it, with the place inside it a dashboard was found ({@code x.yaml (data.a.json)}). */
    static String located(String name, String where) {
        return name + (where.isEmpty() ? "" : " (" + where + ")");
    }

    private final String file;
    private final ImportNotes notes;
    private final Map<String, String> folderTitles;

    DashboardDocuments(String file, ImportNotes notes) {
        this(file, notes, new TreeMap<>());
    }

    /** {@code folderTitles}, Folder resource uid to title, is filled from every file of one import. */
    DashboardDocuments(String file, ImportNotes notes, Map<String, String> folderTitles) {
        this.file = file;
        this.notes = notes;
        this.folderTitles = folderTitles;
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
                dashboardOrWrapper("", node, "", "", out);
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
                String folder = document.path("metadata").path("annotations").path(SIDECAR_FOLDER_ANNOTATION)
                        .asText("");
                TreeMap<String, JsonNode> data = new TreeMap<>();
                document.path("data").fields().forEachRemaining(e -> data.put(e.getKey(), e.getValue()));
                data.forEach((key, value) -> {
                    String where = "ConfigMap " + name + ", " + key;
                    if (!key.endsWith(".json")) {
                        notes.add(file, where, "not a .json key; skipped");
                        return;
                    }
                    try {
                        dashboardOrWrapper(where, parseJson(value.asText(), where), "", folder, out);
                    } catch (IOException e) {
                        notes.add(file, where, e.getMessage());
                    }
                });
            }
            case "GrafanaDashboard" -> {
                JsonNode spec = document.path("spec");
                String where = "GrafanaDashboard " + name;
                if (spec.path("json").isTextual()) {
                    dashboardOrWrapper(where, parseJson(spec.get("json").asText(), where),
                            spec.path("folderUID").asText(""), spec.path("folder").asText(""), out);
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
            case "GrafanaManifest" -> {
                JsonNode template = document.path("spec").path("template");
                if (isDashboardResource(template) || isFolderResource(template)) {
                    manifest(template, out);
                } else {
                    notes.add(file, "GrafanaManifest " + name, "its template is no dashboard.grafana.app Dashboard"
                            + " or folder.grafana.app Folder; skipped");
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
                    dashboardOrWrapper("", document, "", "", out);
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
     * dashboard; its title is what the dashboards naming its uid are filed under.
     */
    private void folder(JsonNode document) {
        String uid = document.path("metadata").path("name").asText("");
        String title = document.path("spec").path("title").asText("");
        String element = "Folder " + uid;
        if (uid.isEmpty() || title.isEmpty()) {
            notes.add(file, element, "a folder without metadata.name or spec.title; no dashboard can be filed under it");
            return;
        }
        String earlier = folderTitles.putIfAbsent(uid, title);
        if (earlier != null && !earlier.equals(title)) {
            notes.add(file, element, "title '" + title + "' differs from the title '" + earlier + "' another file gives"
                    + " this folder; '" + earlier + "' is kept");
        } else {
            notes.add(file, element, "a folder (title '" + title + "'), not a dashboard; the dashboards naming it are"
                    + " filed under its title");
        }
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
        String folderUid = document.path("metadata").path("annotations").path(FOLDER_ANNOTATION).asText("");
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
            dashboardOrWrapper(where, classic, folderUid, "", out);
            return;
        }
        try {
            Map<String, Object> v2 = JSON.convertValue(spec, new TypeReference<Map<String, Object>>() {
            });
            out.add(new Source(where, JSON.valueToTree(ClassicDashboard.fromV2(name, v2, GrafanaVersion.DEFAULT)),
                    folderUid, ""));
        } catch (IllegalArgumentException e) {
            throw new IOException(located(file, where) + ": " + e.getMessage());
        }
    }

    private void dashboardOrWrapper(String where, JsonNode node, String folderUid, String folderTitle, List<Source> out)
            throws IOException {
        JsonNode dashboard = node.path("dashboard").isObject() ? node.get("dashboard") : node;
        if (!dashboard.isObject()) {
            throw new IOException(located(file, where) + ": not a dashboard object");
        }
        out.add(new Source(where, dashboard, folderUid, folderTitle));
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
