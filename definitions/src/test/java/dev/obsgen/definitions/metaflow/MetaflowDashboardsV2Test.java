package dev.obsgen.definitions.metaflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.render.grafana.DashboardFormat;
import dev.obsgen.core.render.grafana.DashboardJsonFormat;
import dev.obsgen.core.render.grafana.DashboardRenderer;
import dev.obsgen.core.render.grafana.GrafanaVersion;
import dev.obsgen.core.render.grafana.v2.ClassicDashboard;
import dev.obsgen.core.render.grafana.v2.DashboardV2;
import dev.obsgen.core.render.grafana.v2.GrafanaV2Schema;
import dev.obsgen.core.slo.SloRules;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The three Metaflow dashboards and the two SLO dashboards as v2: valid against the v2 schema generated from
 * {@code @grafana/schema}, read back by obsgen's own reader to the classic file byte for byte, and clean of
 * {@code dashboard/v2-format}.
 */
class MetaflowDashboardsV2Test {
    private static final Observability MODEL = SloRules.expand(new MetaflowObservability().define());
    private static final GrafanaVersion VERSION = new GrafanaVersion(13, 0, 0);
    private static final DashboardRenderer RENDERER = new DashboardRenderer(VERSION);

    @Test
    void thereAreThreeMetaflowAndTwoSloDashboards() {
        assertEquals(5, MODEL.dashboards().size(), MODEL.dashboards().stream().map(Dashboard::uid).toList().toString());
    }

    @TestFactory
    Stream<DynamicTest> everyV2SpecValidates() {
        return MODEL.dashboards().stream().map(d -> DynamicTest.dynamicTest(d.uid(),
                () -> assertEquals(List.of(), GrafanaV2Schema.validate(DashboardV2.spec(RENDERER.tree(d), VERSION)))));
    }

    @TestFactory
    Stream<DynamicTest> everyV2SpecReadsBackToTheClassicFile() {
        return MODEL.dashboards().stream().map(d -> DynamicTest.dynamicTest(d.uid(), () -> {
            String v2 = DashboardJsonFormat.write(DashboardV2.spec(RENDERER.tree(d), VERSION));
            Map<String, Object> parsed = DashboardJsonFormat.mapper().readValue(v2,
                    new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {
                    });
            assertEquals(RENDERER.json(d), DashboardJsonFormat.write(ClassicDashboard.fromV2(d.uid(), parsed, VERSION)));
        }));
    }

    @Test
    void theV2CheckIsQuietOnMetaflow() {
        List<String> findings = CheckRegistry.standard(DashboardFormat.V2).run(new MetaflowObservability().define())
                .stream().filter(f -> f.checkId().equals("dashboard/v2-format")).map(Finding::format).toList();
        assertEquals(List.of(), findings);
    }
}
