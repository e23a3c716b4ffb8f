package dev.obsgen.core.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.obsgen.core.render.grafana.DashboardRenderer;
import dev.obsgen.core.render.grafana.SampleDashboards;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.AnnotationQuery;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.GrafanaUnit;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PrometheusTarget;
import dev.obsgen.model.dashboard.Row;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one walk over a dashboard's queries: which targets are queries, and their text with Grafana's variables
 * substituted (with lint's one-minute scrape interval, {@code $__rate_interval} is 240s). Each row is a dashboard JSON
 * document and the queries the walk yields, as {@code element -> substituted expression}.
 */
class DashboardWalkTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> dashboards() {
        return Stream.of(
                Arguments.of("variables are substituted in one place",
                        panels(panel("Rate", target("A", "sum(rate(x_total{path=~\\\"$path\\\"}[$__rate_interval]))"))),
                        List.of("panel 'Rate' (query A) of dashboard 'walk-test' -> sum(rate(x_total{path=~\".+\"}[240s]))")),
                Arguments.of("the ${} form and an interval variable where a duration stands",
                        panels(panel("Rate", target("A", "rate(x_total[${__rate_interval}]) offset $shift"))),
                        List.of("panel 'Rate' (query A) of dashboard 'walk-test' -> rate(x_total[240s]) offset 60s")),
                Arguments.of("a blank target is Grafana's empty placeholder, not a query",
                        panels(panel("Rate", target("A", " "), target("B", "up"))),
                        List.of("panel 'Rate' (query B) of dashboard 'walk-test' -> up")),
                Arguments.of("a hidden target still runs and is a query",
                        panels(panel("Rate", "{\"refId\": \"A\", \"expr\": \"up\", \"hide\": true}")),
                        List.of("panel 'Rate' (query A) of dashboard 'walk-test' -> up")),
                Arguments.of("panels of a collapsed row are nested in it",
                        panels("{\"type\": \"row\", \"title\": \"R\", \"collapsed\": true, \"panels\": ["
                                + panel("Inner", target("A", "up")) + "]}"),
                        List.of("panel 'Inner' (query A) of dashboard 'walk-test' -> up")),
                Arguments.of("panels of an open row follow it",
                        panels(panel("Top", target("A", "a")), "{\"type\": \"row\", \"title\": \"R\", \"panels\": []}",
                                panel("Below", target("A", "b"))),
                        List.of("panel 'Top' (query A) of dashboard 'walk-test' -> a",
                                "panel 'Below' (query A) of dashboard 'walk-test' -> b")),
                Arguments.of("a dashboard older than schema 16 holds its panels in rows",
                        "{\"uid\": \"walk-test\", \"title\": \"Walk\", \"rows\": [{\"title\": \"R\", \"panels\": ["
                                + panel("Old", target("A", "up")) + "]}]}",
                        List.of("panel 'Old' (query A) of dashboard 'walk-test' -> up")),
                Arguments.of("a library panel keeps its queries in the library",
                        panels("{\"type\": \"timeseries\", \"title\": \"Shared\", \"libraryPanel\": {\"uid\": \"l1\","
                                + " \"name\": \"Shared\"}}"),
                        List.of()),
                Arguments.of("annotation queries follow the panels; the built-in annotation has none",
                        "{\"uid\": \"walk-test\", \"title\": \"Walk\", \"panels\": [" + panel("P", target("A", "up"))
                                + "], \"annotations\": {\"list\": [{\"name\": \"Annotations & Alerts\", \"builtIn\": 1},"
                                + " {\"name\": \"Deploys\", \"expr\": \"changes(build_info[$__interval])\"}]}}",
                        List.of("panel 'P' (query A) of dashboard 'walk-test' -> up",
                                "annotation 'Deploys' of dashboard 'walk-test' -> changes(build_info[60s])")),
                Arguments.of("a target without a refId is named by its panel",
                        panels(panel("P", "{\"expr\": \"up\"}")),
                        List.of("panel 'P' of dashboard 'walk-test' -> up")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dashboards")
    void walksTheQueriesOfADashboardFile(String name, String json, List<String> expected) throws IOException {
        DashboardShape shape = JsonDashboard.of(JSON.readTree(json)).shape();
        assertEquals(expected, shape.queries().stream().map(q -> q.element() + " -> " + q.expr()).toList(), name);
    }

    @Test
    void anOpenRowHoldsThePanelsThatFollowIt() throws IOException {
        DashboardShape shape = JsonDashboard.of(JSON.readTree(panels(panel("Top", target("A", "a")),
                "{\"type\": \"row\", \"title\": \"R\", \"panels\": []}", panel("Below", target("A", "b"))))).shape();
        assertEquals(List.of("Top"), shape.panels().stream().map(PanelShape::title).toList());
        assertEquals(List.of("Below"), shape.rows().get(0).panels().stream().map(PanelShape::title).toList());
    }

    /** The same rules for a model: blank targets are left out, hidden ones and those of rows are walked. */
    @Test
    void walksTheQueriesOfAModelDashboard() {
        Dashboard dashboard = Dashboard.builder("walk-test", "Walk")
                .withPanel(Panel.timeseries("Rate").unit(GrafanaUnit.SHORT)
                        .withTarget(PrometheusTarget.builder("rate(x_total[$__rate_interval])"))
                        .withTarget(PrometheusTarget.builder("up").hide(true)))
                .withRow(Row.builder("R").collapsed(true))
                .withPanel(Panel.stat("Inner").unit(GrafanaUnit.SHORT)
                        .withTarget(PrometheusTarget.builder("sum(x{a=\"$a\"})")))
                .withAnnotation(AnnotationQuery.prometheus("Deploys", "changes(build_info[$__interval])", "blue"))
                .build();
        DashboardShape shape = ModelDashboards.of(dashboard, 30_000);
        assertEquals(List.of(
                "panel 'Rate' (query A) of dashboard 'walk-test' -> rate(x_total[120s])",
                "panel 'Rate' (query B) of dashboard 'walk-test' -> up",
                "panel 'Inner' (query A) of dashboard 'walk-test' -> sum(x{a=\".+\"})",
                "annotation 'Deploys' of dashboard 'walk-test' -> changes(build_info[30s])"),
                shape.queries().stream().map(q -> q.element() + " -> " + q.expr()).toList());
    }

    /** A model's dashboard and the JSON it renders to read as one shape: the same panels, rows and queries. */
    @Test
    void aModelDashboardAndItsJsonWalkAlike() throws IOException {
        Observability model = SampleDashboards.model();
        for (Dashboard dashboard : model.dashboards()) {
            DashboardShape fromModel = ModelDashboards.of(dashboard, JsonDashboard.SCRAPE_MILLIS);
            DashboardShape fromJson = JsonDashboard.of(JSON.readTree(new DashboardRenderer().json(dashboard))).shape();
            assertEquals(fromModel.panels(), fromJson.panels());
            assertEquals(fromModel.rows(), fromJson.rows());
            assertEquals(fromModel.queries().stream().map(q -> q.element() + " -> " + q.expr()).toList(),
                    fromJson.queries().stream().map(q -> q.element() + " -> " + q.expr()).toList());
            assertEquals(fromModel.variables().stream().map(v -> v.name() + " " + v.type()).toList(),
                    fromJson.variables().stream().map(v -> v.name() + " " + v.type()).toList());
        }
    }

    private static String panels(String... panels) {
        return "{\"uid\": \"walk-test\", \"title\": \"Walk\", \"panels\": [" + String.join(", ", panels) + "]}";
    }

    private static String panel(String title, String... targets) {
        return "{\"type\": \"timeseries\", \"title\": \"" + title + "\", \"targets\": [" + String.join(", ", targets)
                + "]}";
    }

    private static String target(String refId, String expr) {
        return "{\"refId\": \"" + refId + "\", \"expr\": \"" + expr + "\"}";
    }
}
