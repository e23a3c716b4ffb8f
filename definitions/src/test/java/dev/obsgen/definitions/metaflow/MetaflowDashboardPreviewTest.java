package dev.obsgen.definitions.metaflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.obsgen.core.Generation;
import dev.obsgen.core.Goldens;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.preview.DashboardPreview;
import dev.obsgen.core.render.preview.PreviewData;
import dev.obsgen.core.render.preview.PreviewSeries;
import dev.obsgen.core.write.GeneratedFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
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

    /**
     * The overview drawn from made-up data, against {@code golden/metaflow-previews/metaflow-overview.svg}: a
     * value that is the same on every run for each query (a sine shifted by the panel id, an instant query as one
     * series), and no data for the pie chart, so the picture has lines, big values, rows and "no data".
     */
    @Test
    void theOverviewWithSyntheticDataMatchesItsGolden() throws IOException {
        PreviewData data = (panel, target) -> {
            if (panel.title().equals("Runs by Status")) {
                return List.of();
            }
            List<PreviewSeries> series = new ArrayList<>();
            for (int s = 0; s < (target.instant() ? 1 : 2); s++) {
                double[] timesAndValues = new double[2 * 61];
                for (int i = 0; i <= 60; i++) {
                    timesAndValues[2 * i] = 1_767_225_600 + i * 60;
                    timesAndValues[2 * i + 1] = 0.5 + 0.45 * Math.sin((i + 7 * s + panel.common().id()) / 8.0);
                }
                series.add(PreviewSeries.of(target.refId() + " " + (s + 1), timesAndValues));
            }
            return series;
        };
        Goldens.assertMatches("metaflow-previews/metaflow-overview.svg",
                DashboardPreview.svg(MetaflowDashboards.overview(), data));
    }
}
