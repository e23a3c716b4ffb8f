package dev.obsgen.definitions.metaflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.obsgen.core.Generation;
import dev.obsgen.core.Goldens;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.write.GeneratedFile;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The previews of the three Metaflow dashboards and the two SLO dashboards, as the generation writes them, byte for
 * byte against {@code src/test/resources/golden/metaflow/docs/dashboards/}. After an intended change, rewrite them
 * with {@code mvn test -Pupdate-goldens}, open the SVGs in a browser and review the diff.
 */
class MetaflowDashboardPreviewTest {
    @TestFactory
    Stream<DynamicTest> everyPreviewMatchesItsGolden() {
        List<GeneratedFile> previews = Generation.standard()
                .render(new MetaflowObservability().define(), RenderSettings.of(MetaflowObservability.class.getName()))
                .output().files().stream()
                .filter(f -> f.path().startsWith("docs/dashboards/"))
                .toList();
        assertEquals(List.of("docs/dashboards/metaflow-flow.svg", "docs/dashboards/metaflow-infrastructure.svg",
                        "docs/dashboards/metaflow-overview.svg", "docs/dashboards/slo-metaflow-datastore.svg",
                        "docs/dashboards/slo-metaflow-metadata.svg"),
                previews.stream().map(GeneratedFile::path).sorted().toList());
        return previews.stream().map(file -> DynamicTest.dynamicTest(file.path(),
                () -> Goldens.assertMatches("metaflow/" + file.path(), file.text())));
    }
}
