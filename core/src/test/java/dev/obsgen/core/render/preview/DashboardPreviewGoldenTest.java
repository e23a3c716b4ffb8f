package dev.obsgen.core.render.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.obsgen.core.Goldens;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.grafana.SampleDashboards;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PrometheusTarget;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sample dashboard's previews, byte for byte against {@code src/test/resources/golden/previews/}: the committed
 * one without data, and one drawn from {@link #SYNTHETIC} data. After an intended change, rewrite the goldens with
 * {@code mvn test -Pupdate-goldens} (the profile sets {@code obsgen.update.goldens=true}), open the SVGs in a
 * browser and review the diff.
 */
class DashboardPreviewGoldenTest {
    /**
     * Data made up from each query: a few series per query, one with a gap, one query of the bar gauge answered
     * with nothing (so it says "no data"), values following a sine so every line has a shape.
     */
    static final PreviewData SYNTHETIC = DashboardPreviewGoldenTest::synthetic;

    @Test
    void theRenderedPreviewWithoutDataMatchesItsGolden() throws IOException {
        List<GeneratedFile> files = new DashboardPreviewRenderer().render(SampleDashboards.model(),
                RenderSettings.of("dev.obsgen.core.render.grafana.SampleDashboards"));
        assertEquals(List.of("docs/dashboards/shop-overview.svg"), files.stream().map(GeneratedFile::path).toList());
        Goldens.assertMatches("previews/" + files.get(0).path(), files.get(0).text());
    }

    @Test
    void thePreviewWithSyntheticDataMatchesItsGolden() throws IOException {
        Dashboard shop = SampleDashboards.model().dashboards().get(0);
        Goldens.assertMatches("previews/with-data/shop-overview.svg", DashboardPreview.svg(shop, SYNTHETIC));
    }

    private static List<PreviewSeries> synthetic(Panel panel, PrometheusTarget target) {
        if (panel.title().equals("Queue depth by queue")) {
            return List.of();
        }
        int seed = panel.common().id() * 7 + target.refId().charAt(0);
        int count = target.instant() ? 3 : 2;
        List<PreviewSeries> series = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            List<double[]> points = new ArrayList<>();
            for (int i = 0; i <= 60; i++) {
                double value = 50 + 40 * Math.sin((i + seed + s * 11) / 9.0) + s * 5;
                boolean gap = s == 1 && i >= 20 && i < 26;
                points.add(new double[] {1_700_000_000 + i * 60, gap ? Double.NaN : value});
            }
            series.add(new PreviewSeries(target.refId() + " series " + (s + 1) + " <&\">", points));
        }
        return series;
    }
}
