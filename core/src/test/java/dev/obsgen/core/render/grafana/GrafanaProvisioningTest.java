package dev.obsgen.core.render.grafana;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.obsgen.core.CollectionSampleModel;
import dev.obsgen.core.SampleModel;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.Renderer;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the provisioning and Kubernetes files promise, beyond their golden bytes. */
class GrafanaProvisioningTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern ENVIRONMENT_REFERENCE = Pattern.compile("\\$[A-Z][A-Z0-9_]*");
    private static final RenderSettings SETTINGS = RenderSettings.of("dev.obsgen.Sample");

    @Test
    void prometheusTimeIntervalIsTheGlobalScrapeInterval() throws Exception {
        Observability model = SampleDashboards.model();
        Observability faster = model.toBuilder().prometheus(model.prometheus().withIntervals("15s", "10s", "30s")).build();
        for (Observability m : List.of(model, faster)) {
            JsonNode prometheus = datasources(m).get(0);
            assertEquals("prometheus", prometheus.path("type").asText());
            assertEquals(m.prometheus().scrapeInterval(), prometheus.path("jsonData").path("timeInterval").asText());
        }
    }

    @Test
    void everyDatasourceKeepsSecretsInSecureJsonDataAsEnvironmentReferences() throws Exception {
        Observability model = CollectionSampleModel.builder()
                .withDashboard(SampleDashboards.shop(CollectionSampleModel.model())).build();
        JsonNode datasources = datasources(model);
        List<String> types = new ArrayList<>();
        datasources.forEach(d -> types.add(d.path("type").asText()));
        assertEquals(List.of("prometheus", "jaeger", "elasticsearch", "elasticsearch", "cloudwatch"), types);
        int secrets = 0;
        for (JsonNode datasource : datasources) {
            for (Iterator<Map.Entry<String, JsonNode>> it = datasource.path("secureJsonData").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> secret = it.next();
                assertTrue(ENVIRONMENT_REFERENCE.matcher(secret.getValue().asText()).matches(), secret.getKey());
                secrets++;
            }
            for (String plainSecret : List.of("password", "basicAuthPassword", "secretKey", "accessKey")) {
                assertTrue(datasource.path(plainSecret).isMissingNode(), plainSecret + " outside secureJsonData");
                assertTrue(datasource.path("jsonData").path(plainSecret).isMissingNode(), plainSecret + " in jsonData");
            }
        }
        // The first search store's password, CloudWatch's two keys; the second search store has no credentials.
        assertEquals(3, secrets);
    }

    @Test
    void aSpanOpensItsLogsAndALogLineOpensItsTrace() throws Exception {
        Observability model = CollectionSampleModel.builder()
                .withDashboard(SampleDashboards.shop(CollectionSampleModel.model())).build();
        JsonNode datasources = datasources(model);
        JsonNode toLogs = datasources.get(1).path("jsonData").path("tracesToLogsV2");
        assertEquals("elasticsearch-elasticsearch", toLogs.path("datasourceUid").asText());
        assertEquals("trace_id:\"$${__trace.traceId}\"", toLogs.path("query").asText());
        assertTrue(toLogs.path("filterByTraceID").asBoolean());
        JsonNode toTrace = datasources.get(2).path("jsonData").path("dataLinks").get(0);
        assertEquals("jaeger", toTrace.path("datasourceUid").asText());
        assertEquals("trace_id", toTrace.path("field").asText());
        assertEquals("$${__value.raw}", toTrace.path("url").asText());
    }

    @Test
    void dashboardProviderReadsFoldersFromTheFileTree() throws Exception {
        JsonNode provider = yaml(file(new DashboardProvisioningRenderer(), SampleDashboards.model(),
                DashboardPaths.DASHBOARD_PROVIDER)).path("providers").get(0);
        assertEquals("file", provider.path("type").asText());
        assertTrue(provider.path("options").path("foldersFromFilesStructure").asBoolean());
        assertEquals("", provider.path("folder").asText());
    }

    @Test
    void eachDashboardGetsASidecarConfigMapAndAnOperatorResource() throws Exception {
        Observability model = SampleDashboards.model();
        Dashboard dashboard = model.dashboards().get(0);
        JsonNode configMap = yaml(file(new DashboardKubernetesRenderer(), model, DashboardPaths.configMap(dashboard)));
        assertTrue(configMap.path("metadata").path("labels").path("grafana_dashboard").isTextual(), "label value is the string \"1\"");
        assertEquals("1", configMap.path("metadata").path("labels").path("grafana_dashboard").asText());
        assertEquals("Shop", configMap.path("metadata").path("annotations").path("grafana_folder").asText());
        assertEquals(new DashboardRenderer().json(dashboard), configMap.path("data").path("shop-overview.json").asText());
        JsonNode resource = yaml(file(new DashboardKubernetesRenderer(), model, DashboardPaths.grafanaDashboard(dashboard)));
        assertEquals("grafana.integreatly.org/v1beta1", resource.path("apiVersion").asText());
        assertEquals("GrafanaDashboard", resource.path("kind").asText());
        assertTrue(resource.path("spec").path("instanceSelector").path("matchLabels").size() > 0);
        assertEquals(configMap.path("metadata").path("name").asText(),
                resource.path("spec").path("configMapRef").path("name").asText());
    }

    @Test
    void everyYamlFileStartsWithTheHeaderAndNoFileWithoutDashboards() {
        for (GeneratedFile file : GrafanaGoldenTest.render(SampleDashboards.model())) {
            if (file.path().endsWith(".yaml")) {
                assertTrue(file.text().startsWith("# " + RenderSettings.of("dev.obsgen.core.render.grafana.SampleDashboards")
                        .header() + "\n"), file.path());
            }
        }
        assertEquals(List.of(), GrafanaGoldenTest.render(SampleModel.model()));
    }

    private static JsonNode datasources(Observability model) throws Exception {
        return yaml(file(new DatasourceProvisioningRenderer(), model, DashboardPaths.DATASOURCES)).path("datasources");
    }

    private static GeneratedFile file(Renderer renderer, Observability model, String path) {
        return renderer.render(model, SETTINGS).stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
    }

    private static JsonNode yaml(GeneratedFile file) throws Exception {
        return YAML.readTree(file.text());
    }
}
