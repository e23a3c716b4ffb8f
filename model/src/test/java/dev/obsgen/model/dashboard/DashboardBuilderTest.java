package dev.obsgen.model.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.metric.Unit;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the dashboard builder derives: ids, positions, rows, refIds, the unit from the metric, thresholds from alerts. */
class DashboardBuilderTest {
    private static final Metric LATENCY = Metric.histogram("api_latency_seconds").unit(Unit.SECONDS).build();

    @Test
    void panelsAndRowsAreNumberedInOrderSkippingDeclaredIds() {
        Dashboard dashboard = Dashboard.builder("api-overview", "API")
                .withPanel(Panel.stat("a").id(2))
                .withPanel(Panel.stat("b"))
                .withRow(Row.builder("row"))
                .withPanel(Panel.stat("c"))
                .build();
        assertEquals(2, dashboard.panels().get(0).common().id());
        assertEquals(1, dashboard.panels().get(1).common().id());
        assertEquals(3, dashboard.rows().get(0).id());
        assertEquals(4, dashboard.rows().get(0).panels().get(0).common().id());
        assertEquals(new GridPos(1, 24, 0, 4), dashboard.rows().get(0).gridPos());
        assertEquals(new GridPos(4, 6, 0, 5), dashboard.rows().get(0).panels().get(0).common().gridPos());
    }

    @Test
    void aDeclaredIdTwiceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Dashboard.builder("api-overview", "API")
                .withPanel(Panel.stat("a").id(1)).withPanel(Panel.stat("b").id(1)).build());
    }

    @Test
    void theUnitComesFromTheMetricUnlessSet() {
        assertEquals(GrafanaUnit.SECONDS, Panel.timeseries("t").metric(LATENCY).build().common().fieldConfig().unit());
        assertEquals(GrafanaUnit.MILLISECONDS, Panel.timeseries("t").metric(LATENCY).unit(GrafanaUnit.MILLISECONDS)
                .build().common().fieldConfig().unit());
        assertNull(Panel.timeseries("t").build().common().fieldConfig().unit());
    }

    @Test
    void everyModelUnitMapsToAGrafanaUnit() {
        for (Unit unit : Unit.values()) {
            assertEquals(unit.grafanaUnit(), GrafanaUnit.of(unit).id());
        }
    }

    @Test
    void queriesAreNamedAThroughZUnlessNamed() {
        List<PrometheusTarget> targets = Panel.timeseries("t")
                .withTarget(PrometheusTarget.builder("a"))
                .withTarget(PrometheusTarget.builder("b").refId("median"))
                .withTarget(PrometheusTarget.builder("c"))
                .build().common().targets();
        assertEquals(List.of("A", "median", "B"), targets.stream().map(PrometheusTarget::refId).toList());
    }

    @Test
    void generatedRefIdsSkipDeclaredOnesAndGoOnPastZ() {
        TimeseriesPanel.Builder panel = Panel.timeseries("t").withTarget(PrometheusTarget.builder("x").refId("B"));
        for (int i = 0; i < 28; i++) {
            panel.withTarget(PrometheusTarget.builder("y"));
        }
        List<String> refIds = panel.build().common().targets().stream().map(PrometheusTarget::refId).toList();
        assertEquals(List.of("B", "A", "C"), refIds.subList(0, 3));
        assertEquals(List.of("Z", "AA", "AB", "AC"), refIds.subList(25, 29));
        assertEquals(29, refIds.stream().distinct().count());
    }

    @Test
    void aThresholdStepTakesTheAlertsComparisonValue() {
        AlertRule alert = Rule.alert("Backlog").expr("sum by (queue) (queue_depth)\n  > 1e3").build();
        assertEquals(1000.0, ThresholdStep.fromAlert(alert, "red").value());
        assertEquals(0.8, ThresholdStep.comparisonValue(Rule.alert("Pool").expr("a / b >= bool 0.8").build()));
        assertThrows(IllegalArgumentException.class,
                () -> ThresholdStep.comparisonValue(Rule.alert("Down").expr("absent(up)").build()));
    }

    @Test
    void thresholdsStartWithABaseStepAndAscend() {
        assertThrows(IllegalArgumentException.class,
                () -> new Thresholds(Thresholds.Mode.ABSOLUTE, List.of(ThresholdStep.at(1, "red"))));
        assertThrows(IllegalArgumentException.class,
                () -> Thresholds.absolute("green").step(10, "orange").step(5, "red"));
    }
}
