package dev.obsgen.core.render.grafana;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.obsgen.core.Goldens;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.Renderer;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Grafana file for the sample dashboards (dashboard JSON, provisioning, ConfigMap and GrafanaDashboard),
 * byte for byte against {@code src/test/resources/golden/sample-dashboards/}. After an intended change, rewrite the goldens
 * with {@code mvn test -Pupdate-goldens} (the profile sets the system property {@code obsgen.update.goldens=true})
 * and review the diff.
 */
class GrafanaGoldenTest {
    private static final List<Renderer> RENDERERS = List.of(new DashboardRenderer(), new DashboardProvisioningRenderer(),
            new DatasourceProvisioningRenderer(), new DashboardKubernetesRenderer());

    @TestFactory
    Stream<DynamicTest> everyGrafanaFileMatchesItsGolden() {
        List<GeneratedFile> files = render(SampleDashboards.model());
        assertEquals(5, files.size(), "one dashboard: its JSON, two provisioning files, a ConfigMap and a GrafanaDashboard");
        return files.stream().map(file -> DynamicTest.dynamicTest(file.path(),
                () -> Goldens.assertMatches("sample-dashboards/" + file.path(), file.text())));
    }

    static List<GeneratedFile> render(Observability model) {
        List<GeneratedFile> files = new ArrayList<>();
        RenderSettings settings = RenderSettings.of("dev.obsgen.core.render.grafana.SampleDashboards");
        for (Renderer renderer : RENDERERS) {
            files.addAll(renderer.render(model, settings));
        }
        return files;
    }
}
