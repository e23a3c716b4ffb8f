package dev.obsgen.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.obsgen.core.PairedAlertsModel;
import dev.obsgen.core.Generation;
import dev.obsgen.core.SampleModel;
import dev.obsgen.core.check.Elements;
import dev.obsgen.core.render.grafana.DashboardFormat;
import dev.obsgen.core.render.grafana.DashboardPaths;
import dev.obsgen.core.render.grafana.GrafanaVersion;
import dev.obsgen.core.render.grafana.SampleDashboards;
import dev.obsgen.core.render.preview.DashboardPreviewRenderer;
import dev.obsgen.core.render.prometheus.RuleTestRenderer;
import dev.obsgen.core.slo.SloRules;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.core.write.OutputSet;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The layout lists exactly the rule tests and isolated copies the renderer writes, and every name they hold. */
class OutputLayoutTest {
    @Test
    void everyDashboardFileNamesItsDashboardForTheWritersMessages() {
        Observability model = SampleDashboards.model();
        OutputSet output = Generation.standard(GrafanaVersion.DEFAULT, DashboardFormat.RESOURCE)
                .render(model, RenderSettings.of("x")).output();
        for (Dashboard dashboard : model.dashboards()) {
            String element = Elements.dashboard(dashboard);
            for (String path : List.of(DashboardPreviewRenderer.path(dashboard), DashboardPaths.dashboard(dashboard),
                    DashboardPaths.configMap(dashboard), DashboardPaths.grafanaManifest(dashboard))) {
                assertEquals(element, output.file(path).orElseThrow().origin(), path);
            }
        }
        String folder = model.dashboards().get(0).folder();
        assertEquals("dashboard folder '" + folder + "'",
                output.file(DashboardPaths.folderManifest(folder)).orElseThrow().origin());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample", "paired alerts"})
    void theTestsAndIsolatedCopiesListedAreTheOnesWritten(String row) {
        Observability model = SloRules.expand(row.equals("sample") ? SampleModel.model() : PairedAlertsModel.model());
        Set<String> written = new RuleTestRenderer().render(model, RenderSettings.of("x")).stream()
                .map(GeneratedFile::path).collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = OutputLayout.of(model).stream().map(OutputLayout.NamedPath::path)
                .filter(path -> path.startsWith(RuleTestRenderer.DIRECTORY))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> isolatedWritten = written.stream().filter(p -> p.startsWith(RuleTestRenderer.ISOLATED))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> isolatedListed = listed.stream().filter(p -> p.startsWith(RuleTestRenderer.ISOLATED))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(isolatedWritten, isolatedListed, row);
        if (row.equals("paired alerts")) {
            assertFalse(isolatedWritten.isEmpty(), "the paired alerts are tested alone");
        }
        // A group without tests is listed and not written; a written test is always listed.
        assertEquals(written, written.stream().filter(listed::contains)
                .collect(Collectors.toCollection(TreeSet::new)), row);
        assertFalse(List.copyOf(listed).isEmpty(), row);
    }
}
