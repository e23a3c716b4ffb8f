package dev.obsgen.core.importer.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.obsgen.core.SampleModel;
import dev.obsgen.core.importer.ImportNotes;
import dev.obsgen.core.importer.ImportedDashboard;
import dev.obsgen.core.render.grafana.DashboardJsonFormat;
import dev.obsgen.core.render.grafana.DashboardRenderer;
import dev.obsgen.core.render.grafana.FolderResource;
import dev.obsgen.core.render.grafana.GrafanaVersion;
import dev.obsgen.core.render.grafana.SampleDashboards;
import dev.obsgen.core.render.grafana.v2.DashboardV2;
import dev.obsgen.model.dashboard.Dashboard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code dashboard.grafana.app} resource imports as the classic dashboard it holds: a v1 one from its spec, a v2
 * one through obsgen's reader, as JSON or YAML; the same code as the classic file's.
 */
class DashboardResourceImportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Dashboard SHOP = SampleDashboards.shop(SampleModel.model());
    private static final DashboardRenderer RENDERER = new DashboardRenderer(GrafanaVersion.DEFAULT);

    @TempDir
    Path dir;

    @Test
    void aV2ResourceImportsAsItsClassicDashboard() throws IOException {
        Path v2 = write("shop-v2.json", JSON.writeValueAsString(resource("dashboard.grafana.app/v2",
                DashboardV2.spec(RENDERER.tree(SHOP), GrafanaVersion.DEFAULT))));
        assertEquals(classicImport(), read(v2));
    }

    @Test
    void aV2ResourceInYamlImportsAsItsClassicDashboard() throws IOException {
        Path v2 = write("shop-v2.yaml", new YAMLMapper().writeValueAsString(resource("dashboard.grafana.app/v2beta1",
                DashboardV2.spec(RENDERER.tree(SHOP), GrafanaVersion.DEFAULT))));
        assertEquals(classicImport(), read(v2));
    }

    @Test
    void aV1ResourceImportsFromItsSpec() throws IOException {
        Map<String, Object> classic = RENDERER.tree(SHOP);
        Path v1 = write("shop-v1.json", JSON.writeValueAsString(resource("dashboard.grafana.app/v1beta1", classic)));
        assertEquals(classicImport(), read(v1));
    }

    @Test
    void aV2LayoutClassicJsonCannotHoldIsRefusedNamingIt() throws IOException {
        Map<String, Object> spec = new TreeMap<>(DashboardV2.spec(RENDERER.tree(SHOP), GrafanaVersion.DEFAULT));
        spec.put("layout", Map.of("kind", "TabsLayout", "spec", Map.of("tabs", List.of())));
        Path v2 = write("tabs.json", JSON.writeValueAsString(resource("dashboard.grafana.app/v2", spec)));
        IOException refused = assertThrows(IOException.class, () -> read(v2));
        assertEquals(v2 + " (Dashboard shop-overview (dashboard.grafana.app/v2)): dashboard 'shop-overview': layout "
                + "TabsLayout has no classic form; only GridLayout and RowsLayout do", refused.getMessage());
    }

    @Test
    void theFolderResourceObsgenWritesBesideItsDashboardsImportsAsNoDashboard() throws IOException {
        Path folder = write(FolderResource.METADATA_FILE, DashboardJsonFormat.write(FolderResource.of("Metaflow")));
        ImportNotes notes = new ImportNotes();
        assertEquals(List.of(), new DashboardImport().read(folder, notes));
        assertEquals(List.of("Folder " + FolderResource.uid("Metaflow")),
                notes.all().stream().map(ImportNotes.Note::element).toList());
    }

    private List<String> classicImport() throws IOException {
        return read(write("shop.json", RENDERER.json(SHOP)));
    }

    private static List<String> read(Path file) throws IOException {
        return new DashboardImport().read(file, new ImportNotes()).stream().map(ImportedDashboard::toString).toList();
    }

    private static Map<String, Object> resource(String apiVersion, Map<String, Object> spec) {
        return Map.of("apiVersion", apiVersion, "kind", "Dashboard",
                "metadata", Map.of("name", SHOP.uid()), "spec", spec);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
