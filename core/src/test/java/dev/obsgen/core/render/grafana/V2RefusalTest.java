package dev.obsgen.core.render.grafana;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.ModelRejectedException;
import dev.obsgen.core.SampleModel;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.cli.Obsgen;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.model.Observability;
import dev.obsgen.model.ObservabilityDefinition;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.DatasourceVariable;
import dev.obsgen.model.dashboard.GrafanaUnit;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PrometheusTarget;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dashboard the v2 conversion refuses while rendering reaches the user as the model's rejection, one line per gap
 * naming the dashboard, the panel and the field, and nothing is written. A transformation whose id is
 * "Transformation" cannot be told apart from v2's own wrapper in v2beta1, the shape Grafana 12 serves.
 */
class V2RefusalTest {
    @TempDir
    Path output;

    /** The model the CLI loads: one panel with a transformation v2beta1 cannot carry. */
    public static final class AmbiguousTransformation implements ObservabilityDefinition {
        @Override
        public Observability define() {
            return SampleModel.builder().withDashboard(Dashboard.builder("edge-up-one", "Edge")
                    .withVariable(DatasourceVariable.prometheus())
                    .withPanel(Panel.timeseries("Up").description("d").unit(GrafanaUnit.SHORT)
                            .rawField("transformations", List.of(Map.of("id", "Transformation", "options", Map.of())))
                            .withTarget(PrometheusTarget.builder("up")))
                    .build()).build();
        }
    }

    @Test
    void theRendererRefusesWithTheDashboardThePanelAndTheField() {
        Observability model = new AmbiguousTransformation().define();
        ModelRejectedException e = assertThrows(ModelRejectedException.class, () ->
                new DashboardFilesRenderer(GrafanaVersion.DEFAULT, DashboardFormat.V2).render(model,
                        RenderSettings.of("x")));
        List<Finding> findings = e.findings();
        assertFalse(findings.isEmpty());
        for (Finding finding : findings) {
            assertEquals("dashboard/v2-format", finding.checkId());
            assertTrue(finding.isError());
            assertEquals("panel 'Up' of dashboard 'edge-up-one'", finding.element(), finding.format());
            assertTrue(finding.message().startsWith("'transformations[0]."), finding.format());
            assertEquals(1, finding.format().lines().count(), finding.format());
        }
    }

    @Test
    void theCommandLineSaysSoInOneLinePerGapAndWritesNothing() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(printed, true, StandardCharsets.UTF_8);
        int status = Obsgen.run(new String[] {"generate", "--model", AmbiguousTransformation.class.getName(),
                "--output", output.toString(), "--dashboard-format", "v2"}, print, print);
        String text = printed.toString(StandardCharsets.UTF_8);
        assertEquals(1, status, text);
        assertFalse(text.contains("internal error"), text);
        assertTrue(text.contains("error[dashboard/v2-format] panel 'Up' of dashboard 'edge-up-one':"
                + " 'transformations[0]."), text);
        assertTrue(text.contains("obsgen: the model has errors; nothing was written"), text);
        try (Stream<Path> files = Files.list(output)) {
            assertEquals(List.of(), files.filter(p -> !p.getFileName().toString().startsWith(".")).toList());
        }
    }
}
