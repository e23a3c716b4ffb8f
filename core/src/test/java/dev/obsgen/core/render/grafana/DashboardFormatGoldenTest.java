package dev.obsgen.core.render.grafana;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.obsgen.core.Goldens;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.slo.SloRules;
import dev.obsgen.core.slo.SloRulesTest;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The dashboard files and their delivery in every format but classic (whose goldens are {@code sample-dashboards/}
 * and {@code slo-dashboards/}): the sample dashboard with every panel kind and the two SLO dashboards, each as its
 * resource, the Folder resources, the provider file that names no provider, the ConfigMaps and the GrafanaManifests,
 * byte for byte against {@code src/test/resources/golden/formats/<format>/}. Rewrite with
 * {@code mvn test -Pupdate-goldens} and review the diff.
 */
class DashboardFormatGoldenTest {
    private static final List<DashboardFormat> RESOURCE_FORMATS = List.of(DashboardFormat.RESOURCE, DashboardFormat.V2);

    @TestFactory
    Stream<DynamicContainer> everyFileOfEveryResourceFormatMatchesItsGolden() {
        Observability model = model();
        return RESOURCE_FORMATS.stream().map(format -> {
            List<GeneratedFile> files = render(model, format);
            // Per dashboard its file, ConfigMap and GrafanaManifest; per folder (Shop, SLOs) its _folder.json and
            // GrafanaManifest; the provider file.
            assertEquals(3 * 3 + 2 * 2 + 1, files.size(), format.id());
            Stream<DynamicTest> none = Stream.of(DynamicTest.dynamicTest("no golden left over", () ->
                    Goldens.assertNoneLeft("formats/" + format.id(), files.stream().map(GeneratedFile::path).toList())));
            return DynamicContainer.dynamicContainer(format.id(), Stream.concat(files.stream().map(file ->
                    DynamicTest.dynamicTest(file.path(), () ->
                            Goldens.assertMatches("formats/" + format.id() + "/" + file.path(), file.text()))), none));
        });
    }

    /** The sample dashboard (folder Shop) and the two SLO dashboards (folder SLOs). */
    static Observability model() {
        Observability slo = SloRules.expand(SloRulesTest.model());
        List<dev.obsgen.model.dashboard.Dashboard> dashboards = new ArrayList<>(SampleDashboards.model().dashboards());
        dashboards.addAll(slo.dashboards());
        return SampleDashboards.model().toBuilder().dashboards(dashboards).build();
    }

    static List<GeneratedFile> render(Observability model, DashboardFormat format) {
        RenderSettings settings = RenderSettings.of("dev.obsgen.core.render.grafana.SampleDashboards");
        List<GeneratedFile> files = new ArrayList<>(new DashboardFilesRenderer(GrafanaVersion.DEFAULT, format)
                .render(model, settings));
        files.addAll(new DashboardProvisioningRenderer(format).render(model, settings));
        return files;
    }
}
