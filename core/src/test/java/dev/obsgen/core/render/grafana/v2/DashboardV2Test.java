package dev.obsgen.core.render.grafana.v2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.render.grafana.DashboardJsonFormat;
import dev.obsgen.core.render.grafana.DashboardRenderer;
import dev.obsgen.core.render.grafana.GrafanaVersion;
import dev.obsgen.core.slo.SloDashboards;
import dev.obsgen.core.slo.SloRules;
import dev.obsgen.core.slo.SloRulesTest;
import dev.obsgen.model.dashboard.Dashboard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The v2 spec of the sample dashboard, a kitchen-sink dashboard and the two SLO dashboards: valid against the
 * schema generated from {@code @grafana/schema}, deterministic, and read back to the classic JSON byte for byte.
 */
class DashboardV2Test {
    static final GrafanaVersion VERSION = new GrafanaVersion(13, 0, 0);
    private static final DashboardRenderer RENDERER = new DashboardRenderer(VERSION);

    static List<Dashboard> dashboards() {
        List<Dashboard> all = new ArrayList<>(KitchenSinkDashboard.all());
        SloRules.expand(SloRulesTest.model()).dashboards().stream()
                .filter(d -> d.folder().equals(SloDashboards.FOLDER)).forEach(all::add);
        return all;
    }

    @Test
    void theDashboardsAreTheSampleTheKitchenSinkAndTwoSloDashboards() {
        assertEquals(List.of("shop-overview", "kitchen-sink", "slo-shop-api", "slo-shop-edge"),
                dashboards().stream().map(Dashboard::uid).toList());
    }

    @TestFactory
    Stream<DynamicTest> everySpecValidatesAgainstTheV2Schema() {
        return dashboards().stream().map(d -> DynamicTest.dynamicTest(d.uid(),
                () -> assertEquals(List.of(), GrafanaV2Schema.validate(DashboardV2.spec(RENDERER.tree(d), VERSION)))));
    }

    @TestFactory
    Stream<DynamicTest> everySpecReadsBackToTheClassicTextByteForByte() {
        return dashboards().stream().map(d -> DynamicTest.dynamicTest(d.uid(), () -> {
            Map<String, Object> spec = DashboardV2.spec(RENDERER.tree(d), VERSION);
            // Through text and back, as a file would carry it.
            Map<String, Object> parsed = parse(DashboardJsonFormat.write(spec));
            assertEquals(RENDERER.json(d), DashboardJsonFormat.write(ClassicDashboard.fromV2(d.uid(), parsed, VERSION)));
        }));
    }

    @TestFactory
    Stream<DynamicTest> noDashboardHasAGap() {
        return dashboards().stream().map(d -> DynamicTest.dynamicTest(d.uid(),
                () -> assertEquals(List.of(), DashboardV2.gaps(RENDERER.tree(d)))));
    }

    @Test
    void theSpecIsTheSameTextEveryTime() {
        Dashboard sink = KitchenSinkDashboard.kitchenSink();
        assertEquals(DashboardJsonFormat.write(DashboardV2.spec(RENDERER.tree(sink), VERSION)),
                DashboardJsonFormat.write(DashboardV2.spec(new DashboardRenderer(VERSION).tree(KitchenSinkDashboard.kitchenSink()), VERSION)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void panelsBecomeElementsWithQueryGroupsAndVizConfigs() {
        Map<String, Object> spec = DashboardV2.spec(RENDERER.tree(KitchenSinkDashboard.kitchenSink()), VERSION);
        Map<String, Object> elements = (Map<String, Object>) spec.get("elements");
        assertEquals(List.of("panel-1", "panel-3", "panel-5", "panel-6"), List.copyOf(elements.keySet()));
        Map<String, Object> panel = (Map<String, Object>) ((Map<String, Object>) elements.get("panel-1")).get("spec");
        Map<String, Object> viz = (Map<String, Object>) panel.get("vizConfig");
        assertEquals(List.of("VizConfig", "stat", "13.0.0"), List.of(viz.get("kind"), viz.get("group"), viz.get("version")));
        Map<String, Object> data = (Map<String, Object>) ((Map<String, Object>) panel.get("data")).get("spec");
        List<Object> queries = (List<Object>) data.get("queries");
        Map<String, Object> second = (Map<String, Object>) ((Map<String, Object>) queries.get(1)).get("spec");
        assertEquals(true, second.get("hidden"));
        Map<String, Object> query = (Map<String, Object>) second.get("query");
        assertEquals(List.of("DataQuery", "prometheus", "v0", Map.of("name", "${datasource}")),
                List.of(query.get("kind"), query.get("group"), query.get("version"), query.get("datasource")));
        assertEquals(Map.of("interval", "1m", "maxDataPoints", 100, "timeFrom", "2h"), data.get("queryOptions"));
        Map<String, Object> layout = (Map<String, Object>) spec.get("layout");
        assertEquals("RowsLayout", layout.get("kind"));
        List<Object> rows = (List<Object>) ((Map<String, Object>) layout.get("spec")).get("rows");
        List<String> shapes = rows.stream().map(r -> (Map<String, Object>) ((Map<String, Object>) r).get("spec"))
                .map(r -> r.get("title") + ":" + r.get("collapse") + ":" + r.getOrDefault("hideHeader", false)).toList();
        assertEquals(List.of(":false:true", "Open:false:false", "Closed:true:false"), shapes);
    }

    /** Rows where a spec is broken: the schema must reject each, so the validation above can fail. */
    @TestFactory
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> theSchemaRejectsABrokenSpec() {
        record Breakage(String name, java.util.function.Consumer<Map<String, Object>> change) {
        }
        List<Breakage> rows = List.of(
                new Breakage("no layout", spec -> spec.remove("layout")),
                new Breakage("a cursor sync v2 does not know", spec -> spec.put("cursorSync", "Always")),
                new Breakage("a field the spec does not have", spec -> spec.put("schemaVersion", 42)),
                new Breakage("a variable hidden in a way v2 does not know", spec -> ((Map<String, Object>)
                        ((Map<String, Object>) ((List<Object>) spec.get("variables")).get(0)).get("spec")).put("hide", 2)),
                new Breakage("a panel without its vizConfig", spec -> ((Map<String, Object>) ((Map<String, Object>)
                        ((Map<String, Object>) spec.get("elements")).get("panel-1")).get("spec")).remove("vizConfig")),
                new Breakage("a time range without its end", spec -> ((Map<String, Object>) spec.get("timeSettings")).remove("to")));
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.name(), () -> {
            Map<String, Object> spec = parse(DashboardJsonFormat.write(
                    DashboardV2.spec(RENDERER.tree(KitchenSinkDashboard.kitchenSink()), VERSION)));
            row.change().accept(spec);
            assertFalse(GrafanaV2Schema.validate(spec).isEmpty(), row.name());
        }));
    }

    @Test
    void aDashboardWithGapsIsRefusedNamingThePanelAndTheField() {
        Map<String, Object> classic = RENDERER.tree(Dashboard.builder("gappy", "Gappy")
                .withPanel(dev.obsgen.model.dashboard.Panel.stat("Shared").id(7)
                        .rawField("libraryPanel", Map.of("uid", "lib", "name", "Lib"))
                        .withTarget(dev.obsgen.model.dashboard.PrometheusTarget.builder("up")))
                .build());
        V2Unsupported refused = assertThrows(V2Unsupported.class, () -> DashboardV2.spec(classic, VERSION));
        assertEquals("dashboard 'gappy' panel 'Shared' (id 7): 'libraryPanel' links a library panel; obsgen writes "
                + "panels whole, and v2 keeps a library panel as a reference without its content", refused.getMessage());
        assertEquals(refused.gaps(), DashboardV2.gaps(classic));
        assertTrue(refused instanceof IllegalArgumentException);
    }

    static Map<String, Object> parse(String json) {
        try {
            return DashboardJsonFormat.mapper().readValue(json, new com.fasterxml.jackson.core.type.TypeReference<>() {
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
