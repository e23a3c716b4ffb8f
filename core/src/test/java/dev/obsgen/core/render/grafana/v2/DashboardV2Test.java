package dev.obsgen.core.render.grafana.v2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.render.grafana.DashboardFormat;
import dev.obsgen.core.render.grafana.DashboardJsonFormat;
import dev.obsgen.core.render.grafana.DashboardRenderer;
import dev.obsgen.core.render.grafana.DashboardResource;
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

    /** Grafana 13 (v2) and Grafana 12.3 (v2beta1). */
    static final List<GrafanaVersion> RELEASES = List.of(VERSION, GrafanaVersion.DEFAULT);

    @TestFactory
    Stream<DynamicTest> everySpecValidatesAgainstTheSchemaOfItsRelease() {
        return RELEASES.stream().flatMap(release -> dashboards().stream().map(d -> DynamicTest.dynamicTest(
                d.uid() + " for " + release.pluginVersion(), () -> assertEquals(List.of(), GrafanaV2Schema.validate(
                        DashboardV2.spec(new DashboardRenderer(release).tree(d), release), release)))));
    }

    @TestFactory
    Stream<DynamicTest> everySpecReadsBackToTheClassicTextByteForByte() {
        return RELEASES.stream().flatMap(release -> dashboards().stream().map(d -> DynamicTest.dynamicTest(
                d.uid() + " for " + release.pluginVersion(), () -> {
                    DashboardRenderer renderer = new DashboardRenderer(release);
                    Map<String, Object> spec = DashboardV2.spec(renderer.tree(d), release);
                    // Through text and back, as a file would carry it.
                    Map<String, Object> parsed = parse(DashboardJsonFormat.write(spec));
                    assertEquals(renderer.json(d),
                            DashboardJsonFormat.write(ClassicDashboard.fromV2(d.uid(), parsed, release)));
                })));
    }

    @Test
    void grafana12AndGrafana13NameATransformationDifferently() {
        Dashboard shop = KitchenSinkDashboard.all().get(0);
        String beta = DashboardJsonFormat.write(DashboardV2.spec(new DashboardRenderer(GrafanaVersion.DEFAULT).tree(shop),
                GrafanaVersion.DEFAULT));
        assertTrue(beta.contains("\"kind\": \"organize\""), "v2beta1: the kind is the transformation's id");
        assertFalse(GrafanaV2Schema.validate(beta, VERSION).isEmpty(), "a v2beta1 transformation is not a v2 one");
        String v2 = DashboardJsonFormat.write(DashboardV2.spec(RENDERER.tree(shop), VERSION));
        assertTrue(v2.contains("\"group\": \"organize\""), "v2: the group is the transformation's id");
        assertFalse(GrafanaV2Schema.validate(v2, GrafanaVersion.DEFAULT).isEmpty(), "a v2 transformation is not a v2beta1 one");
        assertEquals(List.of("dashboard.grafana.app/v2beta1", "dashboard.grafana.app/v2"),
                List.of(DashboardResource.apiVersion(DashboardFormat.V2, GrafanaVersion.DEFAULT),
                        DashboardResource.apiVersion(DashboardFormat.V2, VERSION)));
    }

    @TestFactory
    Stream<DynamicTest> noDashboardHasAGap() {
        return RELEASES.stream().flatMap(release -> dashboards().stream().map(d -> DynamicTest.dynamicTest(
                d.uid() + " for " + release.pluginVersion(),
                () -> assertEquals(List.of(), DashboardV2.gaps(new DashboardRenderer(release).tree(d), release)))));
    }

    /** Classic hide 3 shows a variable under the controls menu; v2 names it {@code inControlsMenu}, and back. */
    @Test
    @SuppressWarnings("unchecked")
    void aVariableInTheControlsMenuKeepsItsPlace() {
        Map<String, Object> classic = RENDERER.tree(KitchenSinkDashboard.kitchenSink());
        Map<String, Object> path = (Map<String, Object>) ((List<Object>) ((Map<String, Object>)
                classic.get("templating")).get("list")).get(1);
        path.put("hide", 3);
        assertEquals(List.of(), DashboardV2.gaps(classic, VERSION));
        Map<String, Object> spec = DashboardV2.spec(classic, VERSION);
        Map<String, Object> variable = (Map<String, Object>) ((Map<String, Object>) ((List<Object>)
                spec.get("variables")).get(1)).get("spec");
        assertEquals("inControlsMenu", variable.get("hide"));
        assertEquals(List.of(), GrafanaV2Schema.validate(spec, VERSION));
        assertEquals(DashboardJsonFormat.write(classic),
                DashboardJsonFormat.write(ClassicDashboard.fromV2("kitchen-sink", spec, VERSION)));
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
            assertFalse(GrafanaV2Schema.validate(spec, VERSION).isEmpty(), row.name());
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
        assertEquals(refused.gaps(), DashboardV2.gaps(classic, VERSION));
        assertTrue(refused instanceof IllegalArgumentException);
    }

    @Test
    void classicJsonOfAnotherReleaseIsRefusedNamingTheSchemaVersion() {
        Map<String, Object> classic = new DashboardRenderer(GrafanaVersion.DEFAULT).tree(KitchenSinkDashboard.kitchenSink());
        V2Unsupported refused = assertThrows(V2Unsupported.class, () -> DashboardV2.spec(classic, new GrafanaVersion(11, 0, 0)));
        assertEquals("dashboard 'kitchen-sink': 'schemaVersion' is 42, but Grafana 11.0.0 writes 39; convert the "
                + "classic JSON rendered for the same release", refused.getMessage());
    }

    /** Rows of classic JSON v2 has no place for, or that would not come back the same, each named by its gap. */
    @TestFactory
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> everyGapIsNamed() {
        record Gap(String name, java.util.function.Consumer<Map<String, Object>> change, String message) {
        }
        List<Gap> rows = List.of(
                new Gap("a timepicker field v2 does not have", c -> c.put("timepicker", Map.of("collapse", true)),
                        "dashboard 'kitchen-sink': 'timepicker.collapse' has no place in v2"),
                new Gap("a variable field v2 does not have", c -> variable(c, 5).put("tagsQuery", "x"),
                        "dashboard 'kitchen-sink': 'templating.list[5] (filter).tagsQuery' has no place in v2"),
                new Gap("an interval variable refreshed on load", c -> variable(c, 3).put("refresh", 1),
                        "dashboard 'kitchen-sink': 'templating.list[3] (window).refresh' is 1; a v2 interval variable "
                                + "refreshes on time range change (2) only"),
                new Gap("a variable type v2 has no kind for", c -> variable(c, 5).put("type", "adhoc"),
                        "dashboard 'kitchen-sink': 'templating.list[5] (filter).type' 'adhoc' is a variable type obsgen "
                                + "does not convert"),
                new Gap("a query without a data source reference", c -> target(c, 0, 0).put("datasource", "Prometheus"),
                        "dashboard 'kitchen-sink' panel 'Above the rows' (id 1): 'targets[0].datasource' is not a "
                                + "{type, uid} reference, the only form v2 keeps"),
                new Gap("a panel whose data source is not its queries'", c -> panel(c, 0).put("datasource",
                        Map.of("type", "loki", "uid", "logs")),
                        "dashboard 'kitchen-sink' panel 'Above the rows' (id 1): 'datasource.type' does not come back "
                                + "the same from v2; dashboard 'kitchen-sink' panel 'Above the rows' (id 1): "
                                + "'datasource.uid' does not come back the same from v2"),
                new Gap("a non-text panel without queries", c -> panel(c, 0).put("targets", List.of()),
                        "dashboard 'kitchen-sink' panel 'Above the rows' (id 1): 'datasource' belongs to a panel "
                                + "without queries; in v2 only a query names a data source"),
                new Gap("a row id the reader would not give it", c -> panel(c, 1).put("id", 99),
                        "dashboard 'kitchen-sink' row 'Open' (id 99): 'id' is 99; read back from v2 the row gets 2, "
                                + "the lowest id no panel or earlier row has"),
                new Gap("a collapsed row and its panels lower than the layout would put them", c -> {
                    gridPos(panel(c, 3)).put("y", 20);
                    ((List<Map<String, Object>>) panel(c, 3).get("panels")).forEach(p -> gridPos(p).put("y", 21));
                }, "dashboard 'kitchen-sink' row 'Closed' (id 4): 'gridPos.y' is 20; read back from v2 the row is "
                        + "placed at 13, below everything above it"),
                new Gap("a row header narrower than the grid", c -> gridPos(panel(c, 1)).put("w", 12),
                        "dashboard 'kitchen-sink' row 'Open' (id 2): 'gridPos' is not a full-width header of height 1, "
                                + "the only row v2 has"),
                new Gap("a collapsed row's panel above the row", c -> gridPos(((List<Map<String, Object>>)
                        panel(c, 3).get("panels")).get(0)).put("y", 0),
                        "dashboard 'kitchen-sink' panel 'Notes' (id 5): 'gridPos.y' is 0, above its row's header at "
                                + "13; v2 places a row's panels below the row"),
                new Gap("two panels with one id", c -> panel(c, 2).put("id", 1),
                        "dashboard 'kitchen-sink' panel 'Repeated per path' (id 1): 'id' is used twice; v2 names each "
                                + "element by it; dashboard 'kitchen-sink' row 'Closed' (id 4): 'id' is 4; read back "
                                + "from v2 the row gets 3, the lowest id no panel or earlier row has"));
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.name(), () -> {
            Map<String, Object> classic = parse(RENDERER.json(KitchenSinkDashboard.kitchenSink()));
            row.change().accept(classic);
            V2Unsupported refused = assertThrows(V2Unsupported.class, () -> DashboardV2.spec(classic, VERSION));
            assertEquals(row.message(), refused.getMessage());
        }));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> variable(Map<String, Object> classic, int index) {
        return (Map<String, Object>) ((List<Object>) ((Map<String, Object>) classic.get("templating")).get("list")).get(index);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> panel(Map<String, Object> classic, int index) {
        return (Map<String, Object>) ((List<Object>) classic.get("panels")).get(index);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> target(Map<String, Object> classic, int panel, int index) {
        return (Map<String, Object>) ((List<Object>) panel(classic, panel).get("targets")).get(index);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> gridPos(Map<String, Object> panel) {
        return (Map<String, Object>) panel.get("gridPos");
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
