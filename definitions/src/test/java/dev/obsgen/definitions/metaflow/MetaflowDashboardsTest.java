package dev.obsgen.definitions.metaflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.Generation;
import dev.obsgen.core.Goldens;
import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.grafana.DashboardRenderer;
import dev.obsgen.core.render.grafana.GrafanaSchemas;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.QueryVariable;
import dev.obsgen.model.dashboard.ThresholdStep;
import dev.obsgen.model.dashboard.TimeseriesPanel;
import dev.obsgen.model.rule.AlertRule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The three Metaflow dashboards: the design's seventeen panels, clean under every dashboard check, valid against
 * Grafana's published schemas, and byte for byte equal to their golden files under
 * {@code src/test/resources/golden/metaflow/}. After an intended change, rewrite the goldens with
 * {@code mvn test -Pupdate-goldens} (the profile sets {@code obsgen.update.goldens=true}) and review the diff.
 */
class MetaflowDashboardsTest {
    private static final Observability MODEL = new MetaflowObservability().define();

    @Test
    void theDesignsThreeDashboardsHaveTheirSeventeenPanels() {
        assertEquals(List.of("Active Runs", "Run Success Rate (24h)", "Runs by Status", "Run Duration (P50, P95, P99)",
                "Steps/min", "Top Flows by Runs"), titles(MetaflowDashboards.overview()));
        assertEquals(List.of("Metadata API Latency", "Metadata Error Rate", "S3 Request Rate", "Batch Running Jobs",
                "Batch Pending Jobs", "PostgreSQL Connections"), titles(MetaflowDashboards.infrastructure()));
        assertEquals(List.of("Run History", "Step Durations", "Failure Rate by Step", "Artifact Sizes", "Resource Usage"),
                titles(MetaflowDashboards.flow()));
        assertEquals(3, MODEL.dashboards().size());
    }

    @Test
    void noDashboardCheckFindsAnything() {
        List<Finding> findings = CheckRegistry.standard().run(MODEL).stream()
                .filter(f -> f.checkId().startsWith("dashboard/")).toList();
        assertEquals(List.of(), findings.stream().map(Finding::format).toList());
    }

    @Test
    void theFlowDashboardPicksTheFlowByVariableNotALiteral() {
        Dashboard flow = MetaflowDashboards.flow();
        QueryVariable variable = flow.variables().stream().filter(QueryVariable.class::isInstance)
                .map(QueryVariable.class::cast).findFirst().orElseThrow();
        assertEquals("flow", variable.name());
        assertEquals("label_values(metaflow_runs_total, flow_name)", variable.query());
        assertEquals(QueryVariable.Refresh.ON_TIME_RANGE_CHANGE, variable.refresh());
        for (Panel panel : flow.allPanels()) {
            panel.common().targets().forEach(t -> {
                assertTrue(t.expr().contains("flow_name=~\"$flow\""), panel.title() + ": " + t.expr());
                assertFalse(t.expr().contains("\"X\""), panel.title());
            });
        }
    }

    @Test
    void thresholdsAreTheAlertsOwn() {
        AlertRule connections = alert("PostgresConnectionsNearLimit");
        AlertRule backlog = alert("BatchQueueBacklog");
        AlertRule failures = alert("HighRunFailureRate");
        assertEquals(ThresholdStep.comparisonValue(connections),
                lastStep(panel(MetaflowDashboards.infrastructure(), "PostgreSQL Connections")));
        assertEquals(ThresholdStep.comparisonValue(backlog),
                lastStep(panel(MetaflowDashboards.infrastructure(), "Batch Pending Jobs")));
        assertEquals(1 - ThresholdStep.comparisonValue(failures),
                lastStep(panel(MetaflowDashboards.overview(), "Run Success Rate (24h)")));
    }

    @Test
    void resourceUsageShowsTheDeclaredTaskMetrics() {
        Panel usage = panel(MetaflowDashboards.flow(), "Resource Usage");
        assertTrue(usage instanceof TimeseriesPanel);
        List<String> exprs = usage.common().targets().stream().map(t -> t.expr()).toList();
        assertTrue(exprs.get(0).contains("rate(metaflow_task_cpu_seconds_total{"), exprs.get(0));
        assertTrue(exprs.get(1).contains("metaflow_task_memory_bytes{"), exprs.get(1));
    }

    @Test
    void everyDashboardSatisfiesGrafanasSchemas() {
        GrafanaSchemas schemas = GrafanaSchemas.load();
        for (Dashboard dashboard : MODEL.dashboards()) {
            assertEquals(List.of(), schemas.validateDashboard(new DashboardRenderer().json(dashboard)), dashboard.uid());
        }
    }

    @TestFactory
    Stream<DynamicTest> dashboardAndProvisioningFilesMatchTheirGoldens() {
        List<GeneratedFile> files = Generation.standard()
                .render(MODEL, RenderSettings.of(MetaflowObservability.class.getName()))
                .output().files().stream()
                .filter(f -> f.path().startsWith("grafana/") || f.path().startsWith("kubernetes/grafana/"))
                .toList();
        assertEquals(5 + 2 + 5 * 2, files.size(),
                "three dashboards and two SLO dashboards, two provisioning files, two resources per dashboard");
        return files.stream().map(file -> DynamicTest.dynamicTest(file.path(),
                () -> Goldens.assertMatches("metaflow/" + file.path(), file.text())));
    }

    @Test
    void theFlowPanelsForOneFlowQueryOnlyThatFlow() {
        String trainingFlow = "flow_name=\"TrainingFlow\"";
        List<Panel> panels = MetaflowDashboards.flowPanels(trainingFlow).stream().map(p -> (Panel) p.build()).toList();
        assertEquals(titles(MetaflowDashboards.flow()), panels.stream().map(Panel::title).toList());
        List<String> exprs = panels.stream().flatMap(p -> p.common().targets().stream()).map(t -> t.expr()).toList();
        assertEquals(10, exprs.size());
        assertTrue(exprs.stream().allMatch(e -> e.contains(trainingFlow)), String.join("\n", exprs));
        assertTrue(exprs.stream().noneMatch(e -> e.contains("$flow")), String.join("\n", exprs));
    }

    private static List<String> titles(Dashboard dashboard) {
        return dashboard.allPanels().stream().map(Panel::title).toList();
    }

    private static Panel panel(Dashboard dashboard, String title) {
        return dashboard.allPanels().stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
    }

    private static Double lastStep(Panel panel) {
        var steps = panel.common().fieldConfig().thresholds().steps();
        return steps.get(steps.size() - 1).value();
    }

    private static AlertRule alert(String name) {
        return MODEL.alerts().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }
}
