package dev.obsgen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.grafana.DashboardPaths;
import dev.obsgen.core.render.grafana.GrafanaVersion;
import dev.obsgen.core.render.grafana.SampleDashboards;
import dev.obsgen.core.write.OutputSet;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Grafana target release reaches every renderer through {@link Generation#standard(GrafanaVersion)}: the
 * dashboard files and the copies inside the Kubernetes ConfigMaps carry its schemaVersion, and every panel, rows'
 * children included, its pluginVersion.
 */
class GenerationGrafanaVersionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Observability MODEL = SampleDashboards.model();
    private static final Dashboard SHOP = MODEL.dashboards().get(0);

    @ParameterizedTest(name = "Grafana {0} -> schemaVersion {1}")
    @CsvSource({"11.2.0, 39", "11.4.0, 40"})
    void everyDashboardFileIsWrittenForTheTargetRelease(String release, int schemaVersion) throws Exception {
        OutputSet output = Generation.standard(GrafanaVersion.parse(release)).render(MODEL, RenderSettings.of("x")).output();

        JsonNode file = JSON.readTree(output.file(DashboardPaths.dashboard(SHOP)).orElseThrow().text());
        assertWrittenFor(release, schemaVersion, file);

        JsonNode configMap = YAML.readTree(output.file(DashboardPaths.configMap(SHOP)).orElseThrow().text());
        JsonNode embedded = JSON.readTree(configMap.path("data").path(SHOP.uid() + ".json").asText());
        assertWrittenFor(release, schemaVersion, embedded);
    }

    @Test
    void theDefaultIsGrafana12Point3() throws Exception {
        OutputSet output = Generation.standard().render(MODEL, RenderSettings.of("x")).output();
        JsonNode file = JSON.readTree(output.file(DashboardPaths.dashboard(SHOP)).orElseThrow().text());
        assertWrittenFor("12.3.0", 42, file);
    }

    private static void assertWrittenFor(String release, int schemaVersion, JsonNode dashboard) {
        assertEquals(schemaVersion, dashboard.path("schemaVersion").asInt());
        List<JsonNode> panels = panels(dashboard);
        assertTrue(panels.size() >= 5, "the sample has panels at the top and inside rows: " + panels.size());
        for (JsonNode panel : panels) {
            assertEquals(release, panel.path("pluginVersion").asText(), "pluginVersion of " + panel.path("title"));
        }
    }

    /** Every panel that is not a row: at the top level and inside rows, collapsed ones included. */
    private static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> found = new ArrayList<>();
        boolean sawRowChild = false;
        for (JsonNode panel : dashboard.path("panels")) {
            if (panel.path("type").asText().equals("row")) {
                for (JsonNode child : panel.path("panels")) {
                    found.add(child);
                    sawRowChild = true;
                }
            } else {
                found.add(panel);
            }
        }
        assertTrue(sawRowChild, "the sample has a collapsed row whose children must be checked too");
        return found;
    }
}
