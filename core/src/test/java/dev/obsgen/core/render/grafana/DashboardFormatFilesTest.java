package dev.obsgen.core.render.grafana;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.obsgen.core.Generation;
import dev.obsgen.core.Rendering;
import dev.obsgen.core.SampleModel;
import dev.obsgen.core.SampleTeams;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.grafana.v2.ClassicDashboard;
import dev.obsgen.core.render.grafana.v2.GrafanaV2Schema;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What the resource formats write, beyond the bytes their goldens hold: the classic JSON intact inside the v1
 * resource, a v2 spec that is valid and reads back to it, the same resource in the file and the GrafanaManifest.
 */
class DashboardFormatFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Observability PLATFORM = SampleModel.model();

    @Test
    void theDefaultReleaseWritesClassicJsonAsBefore() {
        RenderSettings settings = RenderSettings.of("x");
        Observability model = DashboardFormatGoldenTest.model();
        assertEquals(new DashboardFilesRenderer().render(model, settings),
                new DashboardFilesRenderer(GrafanaVersion.DEFAULT, DashboardFormat.CLASSIC).render(model, settings));
        assertEquals(grafanaFiles(Generation.standard().render(PLATFORM, settings)),
                grafanaFiles(Generation.standard(GrafanaVersion.DEFAULT, DashboardFormat.CLASSIC)
                        .render(PLATFORM, settings)));
    }

    @Test
    void theResourcesSpecIsTheClassicJsonAndItsFolderIsTheDirectorysFolder() throws Exception {
        Observability model = DashboardFormatGoldenTest.model();
        Map<String, GeneratedFile> files = byPath(DashboardFormatGoldenTest.render(model, DashboardFormat.RESOURCE));
        DashboardRenderer classic = new DashboardRenderer();
        for (Dashboard dashboard : model.dashboards()) {
            JsonNode resource = JSON.readTree(files.get(DashboardPaths.dashboard(dashboard)).text());
            assertEquals(JSON.readTree(classic.json(dashboard)), resource.get("spec"), dashboard.uid());
            JsonNode folder = JSON.readTree(files.get(DashboardPaths.folderMetadata(dashboard.folder())).text());
            assertEquals(folder.at("/metadata/name"), resource.at("/metadata/annotations/grafana.app~1folder"));
            assertEquals(dashboard.folder(), folder.at("/spec/title").asText());

            JsonNode configMap = YAML.readTree(files.get(DashboardPaths.configMap(dashboard)).text());
            assertEquals(classic.json(dashboard), configMap.at("/data/" + dashboard.uid() + ".json").asText(),
                    "the sidecar gets classic JSON");
            JsonNode manifest = YAML.readTree(files.get(DashboardPaths.grafanaManifest(dashboard)).text());
            assertEquals("GrafanaManifest", manifest.get("kind").asText());
            assertEquals(resource, manifest.at("/spec/template"), "the operator gets the file's resource");
            assertFalse(files.containsKey(DashboardPaths.grafanaDashboard(dashboard)));
        }
    }

    @Test
    void theV2ResourcesSpecIsValidV2AndReadsBackToTheClassicJson() throws Exception {
        Observability model = DashboardFormatGoldenTest.model();
        Map<String, GeneratedFile> files = byPath(DashboardFormatGoldenTest.render(model, DashboardFormat.V2));
        DashboardRenderer classic = new DashboardRenderer();
        for (Dashboard dashboard : model.dashboards()) {
            String text = files.get(DashboardPaths.dashboard(dashboard)).text();
            JsonNode resource = JSON.readTree(text);
            assertEquals("dashboard.grafana.app/v2beta1", resource.get("apiVersion").asText());
            String spec = JSON.writeValueAsString(resource.get("spec"));
            assertEquals(List.of(), GrafanaV2Schema.validate(spec, GrafanaVersion.DEFAULT), dashboard.uid());
            @SuppressWarnings("unchecked")
            Map<String, Object> specTree = JSON.readValue(spec, Map.class);
            assertEquals(JSON.readTree(classic.json(dashboard)),
                    JSON.valueToTree(ClassicDashboard.fromV2(dashboard.uid(), specTree, GrafanaVersion.DEFAULT)),
                    dashboard.uid() + " read back");
            JsonNode manifest = YAML.readTree(files.get(DashboardPaths.grafanaManifest(dashboard)).text());
            assertEquals(resource, manifest.at("/spec/template"));
        }
    }

    @Test
    void aComposedTeamsResourcesAreInItsTreeAndItsNamespace() throws Exception {
        Observability checkout = SampleTeams.checkout(PLATFORM);
        Rendering rendering = Generation.standard(GrafanaVersion.DEFAULT, DashboardFormat.RESOURCE)
                .compose(List.of(PLATFORM, checkout), RenderSettings.of("x"));
        Map<String, GeneratedFile> files = byPath(rendering.output().files());
        Dashboard dashboard = checkout.dashboards().get(0);
        String folder = checkout.team().folder();
        String team = "teams/" + checkout.name() + "/";
        assertTrue(files.containsKey(team + DashboardPaths.folderMetadata(folder)), files.keySet().toString());
        JsonNode manifest = YAML.readTree(files.get(team + DashboardPaths.grafanaManifest(dashboard)).text());
        assertEquals(checkout.team().namespace(), manifest.at("/metadata/namespace").asText());
        assertTrue(manifest.at("/spec/allowCrossNamespaceImport").asBoolean());
        JsonNode folderManifest = YAML.readTree(files.get(team + DashboardPaths.folderManifest(folder)).text());
        assertEquals(FolderResource.uid(folder), folderManifest.at("/spec/template/metadata/name").asText());
        JsonNode provider = YAML.readTree(files.get(DashboardPaths.DASHBOARD_PROVIDER).text());
        assertEquals(0, provider.get("providers").size(), "file provisioning cannot read resources");
    }

    private static List<GeneratedFile> grafanaFiles(Rendering rendering) {
        return rendering.output().files().stream().filter(f -> f.path().contains("grafana")).toList();
    }

    private static Map<String, GeneratedFile> byPath(java.util.Collection<GeneratedFile> files) {
        return files.stream().collect(Collectors.toMap(GeneratedFile::path, Function.identity()));
    }
}
