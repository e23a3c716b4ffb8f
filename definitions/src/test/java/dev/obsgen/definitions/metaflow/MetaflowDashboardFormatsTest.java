package dev.obsgen.definitions.metaflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.obsgen.core.Generation;
import dev.obsgen.core.Goldens;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.grafana.DashboardFormat;
import dev.obsgen.core.render.grafana.GrafanaVersion;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.obsgen.core.render.grafana.DashboardPaths;
import dev.obsgen.core.render.grafana.DashboardRenderer;
import dev.obsgen.core.render.grafana.v2.ClassicDashboard;
import dev.obsgen.core.render.grafana.v2.GrafanaV2Schema;
import dev.obsgen.core.slo.SloRules;
import dev.obsgen.model.dashboard.Dashboard;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The three Metaflow dashboards and the two SLO dashboards in every format but classic (whose goldens are
 * {@code golden/metaflow/}, and {@code generated/} itself): the dashboard files, the folders' {@code _folder.json},
 * the provider file and the Kubernetes delivery, byte for byte against
 * {@code src/test/resources/golden/metaflow-formats/<format>/}. Rewrite with {@code mvn test -Pupdate-goldens}.
 */
class MetaflowDashboardFormatsTest {
    private static final Observability MODEL = new MetaflowObservability().define();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<DashboardFormat> FORMATS = List.of(DashboardFormat.RESOURCE, DashboardFormat.V2);

    @Test
    void everyV2DashboardFileIsValidV2AndReadsBackToTheClassicJson() throws Exception {
        Map<String, GeneratedFile> files = Generation.standard(GrafanaVersion.parse("13.0"))
                .render(MODEL, RenderSettings.of(MetaflowObservability.class.getName()))
                .output().files().stream().collect(Collectors.toMap(GeneratedFile::path, Function.identity()));
        DashboardRenderer classic = new DashboardRenderer(GrafanaVersion.parse("13.0"));
        List<Dashboard> dashboards = SloRules.expand(MODEL).dashboards();
        assertEquals(5, dashboards.size());
        for (Dashboard dashboard : dashboards) {
            JsonNode resource = JSON.readTree(files.get(DashboardPaths.dashboard(dashboard)).text());
            assertEquals("dashboard.grafana.app/v2", resource.get("apiVersion").asText(), "v2 is Grafana 13's default");
            String spec = JSON.writeValueAsString(resource.get("spec"));
            assertEquals(List.of(), GrafanaV2Schema.validate(spec, GrafanaVersion.parse("13.0")), dashboard.uid());
            @SuppressWarnings("unchecked")
            Map<String, Object> tree = JSON.readValue(spec, Map.class);
            assertEquals(JSON.readTree(classic.json(dashboard)), JSON.valueToTree(
                    ClassicDashboard.fromV2(dashboard.uid(), tree, GrafanaVersion.parse("13.0"))), dashboard.uid());
        }
    }

    @TestFactory
    Stream<DynamicContainer> everyFormatsDashboardFilesMatchTheirGoldens() {
        return FORMATS.stream().map(format -> {
            List<GeneratedFile> files = Generation.standard(GrafanaVersion.DEFAULT, format)
                    .render(MODEL, RenderSettings.of(MetaflowObservability.class.getName()))
                    .output().files().stream()
                    .filter(f -> f.path().startsWith("grafana/") || f.path().startsWith("kubernetes/grafana/"))
                    .toList();
            // Five dashboards with a ConfigMap and a GrafanaManifest each; two folders (Metaflow, SLOs) with a
            // _folder.json and a GrafanaManifest each; the dashboard and data source provider files.
            assertEquals(5 * 3 + 2 * 2 + 2, files.size(), format.id());
            Stream<DynamicTest> none = Stream.of(DynamicTest.dynamicTest("no golden left over", () ->
                    Goldens.assertNoneLeft("metaflow-formats/" + format.id(), files.stream().map(GeneratedFile::path).toList())));
            return DynamicContainer.dynamicContainer(format.id(), Stream.concat(files.stream().map(file ->
                    DynamicTest.dynamicTest(file.path(), () ->
                            Goldens.assertMatches("metaflow-formats/" + format.id() + "/" + file.path(), file.text()))), none));
        });
    }
}
