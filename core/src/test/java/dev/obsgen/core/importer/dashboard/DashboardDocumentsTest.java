package dev.obsgen.core.importer.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.importer.ImportNotes;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every container a dashboard comes in, and the ones that hold none. */
class DashboardDocumentsTest {
    private static final String DASHBOARD = "{\"uid\": \"a\", \"title\": \"A\", \"panels\": []}";
    private static final String V1_SAME = "{\"apiVersion\": \"dashboard.grafana.app/v1beta1\", \"kind\": \"Dashboard\", "
            + "\"metadata\": {\"name\": \"a\"}, \"spec\": " + DASHBOARD + "}";
    private static final String V1_APART = "{\"apiVersion\": \"dashboard.grafana.app/v1beta1\", \"kind\": \"Dashboard\", "
            + "\"metadata\": {\"name\": \"n\"}, \"spec\": " + DASHBOARD + "}";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "plain JSON|" + DASHBOARD + "|a|",
        "HTTP API wrapper|{\"dashboard\": " + DASHBOARD + ", \"meta\": {}}|a|",
        "ConfigMap|kind: ConfigMap\\nmetadata: {name: m}\\ndata:\\n  a.json: '" + DASHBOARD + "'\\n  "
                + "b.json: '{\"uid\": \"b\", \"panels\": []}'|a,b|ConfigMap m, a.json",
        "List of ConfigMaps|kind: List\\nitems:\\n- kind: ConfigMap\\n  metadata: {name: m}\\n  data:\\n    "
                + "a.json: '" + DASHBOARD + "'|a|ConfigMap m, a.json",
        "GrafanaDashboard|apiVersion: grafana.integreatly.org/v1beta1\\nkind: GrafanaDashboard\\nmetadata: {name: g}"
                + "\\nspec:\\n  json: '" + DASHBOARD + "'|a|GrafanaDashboard g",
        "two YAML documents|kind: GrafanaDashboard\\nmetadata: {name: g}\\nspec: {json: '" + DASHBOARD + "'}\\n---\\n"
                + "kind: GrafanaDashboard\\nmetadata: {name: h}\\nspec: {json: '{\"uid\": \"c\"}'}|a,c|GrafanaDashboard g",
        "v1 resource named as its spec|" + V1_SAME + "|a|Dashboard a (dashboard.grafana.app/v1beta1)",
        "v1 resource named apart from its spec uid|" + V1_APART + "|n|Dashboard n (dashboard.grafana.app/v1beta1)",
        "v1 resource without a spec uid|{\"apiVersion\": \"dashboard.grafana.app/v1beta1\", \"kind\": \"Dashboard\", "
                + "\"metadata\": {\"name\": \"n\"}, \"spec\": {\"panels\": []}}|n|Dashboard n (dashboard.grafana.app/v1beta1)",
    })
    void dashboardsAreFoundInEveryContainer(String name, String text, String uids, String where) throws IOException {
        List<DashboardDocuments.Source> found = new DashboardDocuments("f", new ImportNotes())
                .read(text.replace("\\n", "\n"));
        assertEquals(List.of(uids.split(",")), found.stream().map(s -> s.dashboard().path("uid").asText()).toList());
        assertEquals(where == null ? "" : where, found.get(0).where());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "GrafanaDashboard by URL|kind: GrafanaDashboard\\nmetadata: {name: g}\\nspec: {url: 'https://x'}|GrafanaDashboard g|no spec.json",
        "ConfigMap key that is not JSON|kind: ConfigMap\\nmetadata: {name: m}\\ndata: {README: text}|ConfigMap m, README|not a .json key",
        "a Deployment|kind: Deployment\\nmetadata: {name: d}|Deployment d|neither a dashboard",
        "Folder resource as JSON|{\"apiVersion\": \"folder.grafana.app/v1beta1\", \"kind\": \"Folder\", \"metadata\": "
                + "{\"name\": \"metaflow-1\"}, \"spec\": {\"title\": \"Metaflow\"}}|Folder metaflow-1|not a dashboard; the dashboards naming it are filed under its title",
        "Folder resource in YAML|apiVersion: folder.grafana.app/v1beta1\\nkind: Folder\\nmetadata: {name: f}\\n"
                + "spec: {title: F}|Folder f|not a dashboard; the dashboards naming it are filed under its title",
        "Folder resource without a title|apiVersion: folder.grafana.app/v1beta1\\nkind: Folder\\nmetadata: {name: f}"
                + "|Folder f|a folder without metadata.name or spec.title",
        "GrafanaManifest of a Deployment|kind: GrafanaManifest\\nmetadata: {name: g}\\nspec:\\n  template: {kind: "
                + "Deployment}|GrafanaManifest g|its template is no dashboard.grafana.app Dashboard",
        "Folder of another group|apiVersion: example.com/v1\\nkind: Folder\\nmetadata: {name: f}|Folder f|not folder.grafana.app",
        "ConfigMap with broken JSON|kind: ConfigMap\\nmetadata: {name: m}\\ndata: {a.json: '{'}|ConfigMap m, a.json|not JSON",
    })
    void whatHoldsNoDashboardIsNoted(String name, String text, String element, String message) throws IOException {
        ImportNotes notes = new ImportNotes();
        assertEquals(List.of(), new DashboardDocuments("f", notes).read(text.replace("\\n", "\n")));
        assertEquals(1, notes.all().size(), notes.all().toString());
        assertEquals(element, notes.all().get(0).element());
        assertTrue(notes.all().get(0).message().contains(message), notes.all().get(0).message());
    }

    @Test
    void aSpecUidApartFromTheResourceNameIsNoted() throws IOException {
        ImportNotes notes = new ImportNotes();
        new DashboardDocuments("f", notes).read(V1_APART);
        assertEquals(List.of("f: Dashboard n (dashboard.grafana.app/v1beta1): spec.uid 'a' differs from metadata.name; "
                + "the uid is 'n', as Grafana identifies the dashboard"), notes.all().stream().map(n -> n.file() + ": "
                + n.element() + ": " + n.message()).toList());
        ImportNotes same = new ImportNotes();
        new DashboardDocuments("f", same).read(V1_SAME);
        assertEquals(List.of(), same.all());
    }

    @Test
    void brokenJsonIsOneLineNamingFileAndPosition() {
        IOException e = assertThrows(IOException.class,
                () -> new DashboardDocuments("dash.json", new ImportNotes()).read("{\"uid\": \"a\",\n \"panels\": [}"));
        assertTrue(e.getMessage().startsWith("dash.json (the file): not JSON: "), e.getMessage());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }
}
