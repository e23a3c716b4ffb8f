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
 * The three Metaflow dashboards and the two SLO dashboards as v2 (Grafana 13) and v2beta1 (Grafana 12): valid
 * against the schema generated from {@code @grafana/schema} for each, read back by obsgen's own reader to the classic file byte for byte, and clean of
 * {@code dashboard/v2-format}.
 */
class MetaflowDashboardsV2Test {
    private static final Observability MODEL = SloRules.expand(new MetaflowObservability().define());
    /** Grafana 13 (v2) and the default 12.3 (v2beta1). */
    private static final List<GrafanaVersion> RELEASES = List.of(new GrafanaVersion(13, 0, 0), GrafanaVersion.DEFAULT);

    @Test
    void thereAreThreeMetaflowAndTwoSloDashboards() {
        assertEquals(5, MODEL.dashboards().size(), MODEL.dashboards().stream().map(Dashboard::uid).toList().toString());
    }

    @TestFactory
    Stream<DynamicTest> everyV2SpecValidates() {
        return RELEASES.stream().flatMap(release -> MODEL.dashboards().stream().map(d -> DynamicTest.dynamicTest(
                d.uid() + " for " + release.pluginVersion(), () -> assertEquals(List.of(), GrafanaV2Schema.validate(
                        DashboardV2.spec(new DashboardRenderer(release).tree(d), release), release)))));
    }

    @TestFactory
    Stream<DynamicTest> everyV2SpecReadsBackToTheClassicFile() {
        return RELEASES.stream().flatMap(release -> MODEL.dashboards().stream().map(d -> DynamicTest.dynamicTest(
                d.uid() + " for " + release.pluginVersion(), () -> {
                    DashboardRenderer renderer = new DashboardRenderer(release);
                    String v2 = DashboardJsonFormat.write(DashboardV2.spec(renderer.tree(d), release));
                    Map<String, Object> parsed = DashboardJsonFormat.mapper().readValue(v2,
                            new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {
                            });
                    assertEquals(renderer.json(d),
                            DashboardJsonFormat.write(ClassicDashboard.fromV2(d.uid(), parsed, release)));
                })));
    }

    @Test
    void theV2CheckIsQuietOnMetaflow() {
        List<String> findings = CheckRegistry.standard(DashboardFormat.V2).run(new MetaflowObservability().define())
                .stream().filter(f -> f.checkId().equals("dashboard/v2-format")).map(Finding::format).toList();
        assertEquals(List.of(), findings);
    }
}
