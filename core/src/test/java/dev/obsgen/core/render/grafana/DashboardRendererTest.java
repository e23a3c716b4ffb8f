package dev.obsgen.core.render.grafana;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.dashboard.Dashboard;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The properties of dashboard JSON that goldens alone would not explain: format, versions, migrations, layout. */
class DashboardRendererTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Dashboard sample() {
        return SampleDashboards.shop(SampleDashboards.model());
    }

    @Test
    void sameModelGivesTheSameBytes() {
        RenderSettings settings = RenderSettings.of("x");
        List<GeneratedFile> first = new DashboardRenderer().render(SampleDashboards.model(), settings);
        List<GeneratedFile> second = new DashboardRenderer().render(SampleDashboards.model(), settings);
        assertEquals(first, second);
    }

    @Test
    void jsonIsTwoSpaceIndentedWithTrailingNewlineAndNoPlaceholders() {
        String json = new DashboardRenderer().json(sample());
        assertTrue(json.startsWith("{\n  \"annotations\": {\n    \"list\": [\n"), json.substring(0, 60));
        assertTrue(json.endsWith("}\n"));
        assertFalse(json.contains("\r"));
        assertFalse(json.contains("__inputs"));
        assertFalse(json.contains("${DS_"));
        assertTrue(json.contains("\"links\": [],") || json.contains("\"mappings\": [],"), "empty arrays as []");
    }

    @ParameterizedTest(name = "Grafana {0} -> schemaVersion {1}")
    @CsvSource({"10.4, 39", "11.2, 39", "11.3, 40", "11.5.2, 40", "11.6, 41", "12.1, 41", "12.2, 42", "12.3.0, 42", "13, 42"})
    void schemaVersionFollowsTheTargetRelease(String release, int schemaVersion) throws Exception {
        GrafanaVersion version = GrafanaVersion.parse(release);
        JsonNode dashboard = JSON.readTree(new DashboardRenderer(version).json(sample()));
        assertEquals(schemaVersion, dashboard.path("schemaVersion").asInt());
        assertEquals(version.pluginVersion(), dashboard.path("panels").get(0).path("pluginVersion").asText());
    }

    @Test
    void renamingADashboardKeepsItsUidAndItsFile() {
        Dashboard renamed = new Dashboard(sample().uid(), "Shop, renamed", "", List.of(), sample().folder(), sample().time(),
                "", "utc", sample().graphTooltip(), true, List.of(), sample().variables(), List.of(), sample().panels(),
                sample().rows());
        assertEquals(DashboardPaths.dashboard(sample()), DashboardPaths.dashboard(renamed));
        assertTrue(new DashboardRenderer().json(renamed).contains("\"uid\": \"shop-overview\""));
    }

    @Test
    void defaultTargetIsGrafana12WithSchemaVersion42() {
        assertEquals(12, GrafanaVersion.DEFAULT.major());
        assertEquals(42, GrafanaVersion.DEFAULT.schemaVersion());
    }

    @Test
    void releasesBeforeTenFourAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> GrafanaVersion.parse("10.3"));
        assertThrows(IllegalArgumentException.class, () -> GrafanaVersion.parse("twelve"));
    }

    @Test
    void outputAlreadySatisfiesEveryMigrationUpTo42() throws Exception {
        JsonNode dashboard = JSON.readTree(new DashboardRenderer().json(sample()));
        assertTrue(dashboard.path("refresh").isTextual(), "schemaVersion 40: refresh is a string");
        assertTrue(dashboard.path("timepicker").path("time_options").isMissingNode(), "schemaVersion 41: no time_options");
        int hidden = 0;
        for (JsonNode panel : GrafanaSchemas.panels(dashboard)) {
            for (JsonNode override : panel.path("fieldConfig").path("overrides")) {
                for (JsonNode property : override.path("properties")) {
                    if (property.path("id").asText().equals("custom.hideFrom") && property.path("value").path("viz").asBoolean()) {
                        hidden++;
                        assertTrue(property.path("value").path("tooltip").asBoolean(), "schemaVersion 42: hidden from tooltip");
                    }
                }
            }
        }
        assertEquals(1, hidden, "the sample hides one series from the graph");
    }

    @Test
    void collapsedRowHoldsItsPanelsAndExpandedRowIsFollowedByThem() throws Exception {
        JsonNode panels = JSON.readTree(new DashboardRenderer().json(sample())).path("panels");
        JsonNode traffic = null;
        JsonNode details = null;
        int afterTraffic = 0;
        for (int i = 0; i < panels.size(); i++) {
            if (panels.get(i).path("title").asText().equals("Traffic")) {
                traffic = panels.get(i);
                afterTraffic = i + 1;
            }
            if (panels.get(i).path("title").asText().equals("Details")) {
                details = panels.get(i);
            }
        }
        assertEquals(0, traffic.path("panels").size());
        assertEquals("Request rate", panels.get(afterTraffic).path("title").asText());
        assertEquals(2, details.path("panels").size());
        assertEquals(panels.get(panels.size() - 1), details, "the collapsed row's panels are not at top level");
    }

    @Test
    void everyPanelTakesItsDatasourceFromTheVariable() throws Exception {
        JsonNode dashboard = JSON.readTree(new DashboardRenderer().json(sample()));
        for (JsonNode panel : GrafanaSchemas.panels(dashboard)) {
            if (panel.path("type").asText().equals("text")) {
                continue;
            }
            assertEquals("${datasource}", panel.path("datasource").path("uid").asText(), panel.path("title").asText());
            for (JsonNode target : panel.path("targets")) {
                assertEquals("${datasource}", target.path("datasource").path("uid").asText());
            }
        }
    }
}
