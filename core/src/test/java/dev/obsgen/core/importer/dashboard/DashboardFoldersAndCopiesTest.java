package dev.obsgen.core.importer.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.obsgen.core.importer.ImportNotes;
import dev.obsgen.core.importer.ImportRefusal;
import dev.obsgen.core.importer.ImportedDashboard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The files of one import read together: a dashboard's folder named in another file, method names unique across
 * files, a dashboard seen again dropped when it is the same and refused when it is not.
 */
class DashboardFoldersAndCopiesTest {
    private static final Pattern FOLDER = Pattern.compile("\\.folder\\(\"([^\"]*)\"\\)");

    @TempDir
    Path dir;

    /** Files in the order given; methods "uid:method:folder"; the notes' messages that must be there. */
    record Row(String name, Map<String, String> files, List<String> methods, List<String> notes) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Files in the order given, and the line they are refused with, {@code DIR} standing for the folder. */
    record Refused(String name, Map<String, String> files, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static String dashboard(String uid, String title) {
        return "{\"uid\": \"" + uid + "\", \"title\": \"" + title + "\", \"panels\": []}";
    }

    static String resource(String uid, String folderUid) {
        return "{\"apiVersion\": \"dashboard.grafana.app/v1beta1\", \"kind\": \"Dashboard\", \"metadata\": {"
                + (folderUid == null ? "" : "\"annotations\": {\"grafana.app/folder\": \"" + folderUid + "\"}, ")
                + "\"name\": \"" + uid + "\"}, \"spec\": " + dashboard(uid, "T") + "}";
    }

    static String folderJson(String uid, String title) {
        return "{\"apiVersion\": \"folder.grafana.app/v1beta1\", \"kind\": \"Folder\", \"metadata\": {\"name\": \""
                + uid + "\"}, \"spec\": {\"title\": \"" + title + "\"}}";
    }

    static String configMap(String uid, String title, String folder) {
        return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: grafana-dashboard-" + uid + "\n"
                + (folder == null ? "" : "  annotations:\n    grafana_folder: " + folder + "\n")
                + "data:\n  " + uid + ".json: '" + dashboard(uid, title) + "'\n";
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row("a folder in _folder.json read after its dashboard", Map.of(
                        "a/dash.json", resource("d", "f-1"), "a/z_folder.json", folderJson("f-1", "Ops")),
                        List.of("d:d:Ops"), List.of()),
                new Row("a folder in YAML, in another directory", Map.of(
                        "a/dash.json", resource("d", "f-1"), "b/folder.yaml",
                        "apiVersion: folder.grafana.app/v1beta1\nkind: Folder\nmetadata:\n  name: f-1\nspec:\n  title: Ops\n"),
                        List.of("d:d:Ops"), List.of()),
                new Row("a folder uid no Folder resource names", Map.of("dash.json", resource("d", "gone-1")),
                        List.of("d:d:"), List.of("folder uid 'gone-1' is in no Folder resource of this import; the"
                        + " dashboard is imported into the root folder")),
                new Row("a resource without a folder annotation", Map.of("dash.json", resource("d", null),
                        "_folder.json", folderJson("f-1", "Ops")), List.of("d:d:"), List.of()),
                new Row("a ConfigMap's sidecar folder", Map.of("cm.yaml", configMap("d", "T", "Ops")),
                        List.of("d:d:Ops"), List.of()),
                new Row("a GrafanaDashboard's folder", Map.of("gd.yaml", "apiVersion: grafana.integreatly.org/v1beta1\n"
                        + "kind: GrafanaDashboard\nmetadata: {name: g}\nspec:\n  folder: Ops\n  json: '"
                        + dashboard("d", "T") + "'\n"), List.of("d:d:Ops"), List.of()),
                new Row("a GrafanaManifest's Dashboard and Folder", Map.of("m-d.yaml", "kind: GrafanaManifest\n"
                        + "metadata: {name: d}\nspec:\n  template: " + resource("d", "f-1") + "\n", "m-f.yaml",
                        "kind: GrafanaManifest\nmetadata: {name: f}\nspec:\n  template: " + folderJson("f-1", "Ops")
                                + "\n"), List.of("d:d:Ops"), List.of()),
                new Row("uids that make one method name, in two files", Map.of("1.json", dashboard("edge-up-one", "A"),
                        "2.json", dashboard("edge_up_one", "B")),
                        List.of("edge-up-one:edgeUpOne:", "edge_up_one:edgeUpOne2:"), List.of()),
                new Row("the same dashboard in its file and its ConfigMap", Map.of("a.json", resource("d", "f-1"),
                        "b.json", folderJson("f-1", "Ops"), "c.yaml", configMap("d", "T", null)),
                        List.of("d:d:Ops"), List.of("the same dashboard as in DIR/a.json (Dashboard d"
                        + " (dashboard.grafana.app/v1beta1)); this copy is not imported again")),
                new Row("the same dashboard in a JSON file and its ConfigMap", Map.of("a.json", dashboard("d", "T"),
                        "c.yaml", configMap("d", "T", null)), List.of("d:d:"), List.of("the same dashboard as in"
                        + " DIR/a.json; this copy is not imported again")),
                new Row("the same dashboard as a resource and as JSON", Map.of("a.json", resource("d", null),
                        "b.json", dashboard("d", "T")), List.of("d:d:"), List.of("the same dashboard as in DIR/a.json"
                        + " (Dashboard d (dashboard.grafana.app/v1beta1)); this copy is not imported again")),
                new Row("the same dashboard, its folder named by the copy only", Map.of("a.json", dashboard("d", "T"),
                        "c.yaml", configMap("d", "T", "Ops")), List.of("d:d:Ops"),
                        List.of("the same dashboard as in DIR/a.json; this copy is not imported again")));
    }

    static Stream<Refused> refusals() {
        return Stream.of(
                new Refused("one uid, two different dashboards", Map.of("a.json", dashboard("d", "One"),
                        "c.yaml", configMap("d", "Two", null)), "dashboard 'd' is in DIR/a.json and in DIR/c.yaml"
                        + " (ConfigMap grafana-dashboard-d, d.json), and they differ; import one of the two"),
                new Refused("one dashboard in two folders", Map.of("a.yaml", configMap("d", "T", "Ops"),
                        "b.yaml", configMap("d", "T", "Dev").replace("grafana-dashboard-d", "other")),
                        "dashboard 'd' is in folder 'Ops' in DIR/a.yaml (ConfigMap grafana-dashboard-d, d.json) and in"
                        + " folder 'Dev' in DIR/b.yaml (ConfigMap other, d.json); import one of the two"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void readsTheFilesTogether(Row row) throws IOException {
        ImportNotes notes = new ImportNotes();
        List<ImportedDashboard> read = new DashboardImport().read(write(row.files()), notes);
        List<String> methods = new ArrayList<>();
        for (ImportedDashboard d : read) {
            Matcher folder = FOLDER.matcher(d.method().body());
            methods.add(d.uid() + ":" + d.method().name() + ":" + (folder.find() ? folder.group(1) : ""));
        }
        assertEquals(row.methods(), methods);
        List<String> messages = notes.all().stream().map(ImportNotes.Note::message)
                .map(m -> m.replace(dir.toString().replace('\\', '/'), "DIR"))
                .filter(m -> !m.startsWith("annotations.list") && !m.contains("not a dashboard")).toList();
        assertEquals(row.notes(), messages);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusesFilesThatContradictEachOther(Refused row) throws IOException {
        List<Path> files = write(row.files());
        ImportRefusal refused = assertThrows(ImportRefusal.class, () -> new DashboardImport().read(files,
                new ImportNotes()));
        assertEquals(row.message(), refused.getMessage().replace(dir.toString().replace('\\', '/'), "DIR"));
    }

    /** The files, sorted by path as an import of their folder reads them. */
    private List<Path> write(Map<String, String> files) throws IOException {
        List<Path> paths = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = dir.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            paths.add(Files.writeString(path, file.getValue()));
        }
        return paths.stream().sorted().toList();
    }
}
