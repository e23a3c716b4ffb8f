package dev.obsgen.definitions.metaflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.obsgen.core.Generation;
import dev.obsgen.core.Goldens;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.grafana.DashboardFormat;
import dev.obsgen.core.render.grafana.GrafanaVersion;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The three Metaflow dashboards and the two SLO dashboards in every format but classic (whose goldens are
 * {@code golden/metaflow/}, and {@code generated/} itself): the dashboard files, the folders' {@code _folder.json},
 * the provider file and the Kubernetes delivery, byte for byte against
 * {@code src/test/resources/golden/metaflow-formats/<format>/}. Rewrite with {@code mvn test -Pupdate-goldens}.
 */
class MetaflowDashboardFormatsTest {
    private static final Observability MODEL = new MetaflowObservability().define();
    private static final List<DashboardFormat> FORMATS = List.of(DashboardFormat.RESOURCE);

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
            return DynamicContainer.dynamicContainer(format.id(), files.stream().map(file ->
                    DynamicTest.dynamicTest(file.path(), () ->
                            Goldens.assertMatches("metaflow-formats/" + format.id() + "/" + file.path(), file.text()))));
        });
    }
}
