package dev.obsgen.core.check.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.obsgen.core.SampleModel;
import dev.obsgen.core.check.Check;
import dev.obsgen.core.check.CheckInput;
import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.dashboard.DashboardShape;
import dev.obsgen.core.dashboard.JsonDashboard;
import dev.obsgen.core.render.grafana.DashboardRenderer;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.DatasourceRef;
import dev.obsgen.model.dashboard.DatasourceVariable;
import dev.obsgen.model.dashboard.GrafanaUnit;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PanelBuilder;
import dev.obsgen.model.dashboard.PrometheusTarget;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The dashboard checks that run on dashboard files have one implementation: a model's dashboards and the same
 * dashboards rendered to Grafana JSON and read back get the same findings (same ids, severities, elements and
 * messages). Each row: dashboards, and the ids among those checks that must report them (none for a correct one).
 * The rate rows show where the parsed tree differs from a text scan: a comment, parentheses and a subquery.
 */
class DashboardChecksOnJsonTest {
    private static final String RATE = "sum(rate(http_requests_total[$__rate_interval]))";
    private static final CheckRegistry REGISTRY = CheckRegistry.standard();
    private static final Set<String> FILE_CHECKS = REGISTRY.checks().stream()
            .filter(c -> c instanceof DashboardCheck && c.reads(CheckInput.DASHBOARD_FILES)).map(Check::id)
            .collect(Collectors.toCollection(TreeSet::new));

    static Stream<Arguments> rows() {
        return Stream.of(
                row("a correct dashboard", Set.of(), () -> List.of(valid("shop-traffic", timeseries(RATE)).build())),
                row("uid with capitals and underscore", Set.of("dashboard/uid"),
                        () -> List.of(valid("Shop_Overview", timeseries(RATE)).build())),
                row("uid shorter than eight characters", Set.of("dashboard/uid"),
                        () -> List.of(valid("shop", timeseries(RATE)).build())),
                row("two dashboards with one uid", Set.of("dashboard/uid"),
                        () -> List.of(valid("shop-traffic", timeseries(RATE)).build(),
                                valid("shop-traffic", timeseries(RATE)).build())),
                row("no datasource variable", Set.of("dashboard/datasource"),
                        () -> List.of(Dashboard.builder("shop-traffic", "Traffic").withPanel(timeseries(RATE)).build())),
                row("a panel naming a fixed data source", Set.of("dashboard/datasource"),
                        () -> List.of(valid("shop-traffic", timeseries(RATE)
                                .datasource(new DatasourceRef("prometheus", "P1809F7CD0C75ACF3"))).build())),
                row("a query naming an export's placeholder", Set.of("dashboard/datasource"),
                        () -> List.of(valid("shop-traffic", Panel.timeseries("Requests").description("Requests.")
                                .unit(GrafanaUnit.REQUESTS_PER_SECOND).withTarget(PrometheusTarget.builder(RATE)
                                        .datasource(new DatasourceRef("prometheus", "${DS_PROMETHEUS}")))).build())),
                row("a query naming the datasource variable in Grafana's old form with a format", Set.of(),
                        () -> List.of(valid("shop-traffic", Panel.timeseries("Requests").description("Requests.")
                                .unit(GrafanaUnit.REQUESTS_PER_SECOND).withTarget(PrometheusTarget.builder(RATE)
                                        .datasource(new DatasourceRef("prometheus", "[[datasource:raw]]")))).build())),
                row("a panel without description", Set.of("dashboard/panel-metadata"),
                        () -> List.of(valid("shop-traffic", Panel.timeseries("Requests")
                                .unit(GrafanaUnit.REQUESTS_PER_SECOND).withTarget(PrometheusTarget.builder(RATE))).build())),
                row("a panel without unit", Set.of("dashboard/panel-metadata"),
                        () -> List.of(valid("shop-traffic", Panel.timeseries("Requests").description("Requests.")
                                .withTarget(PrometheusTarget.builder(RATE))).build())),
                row("a panel whose only query is blank", Set.of("dashboard/panel-metadata"),
                        () -> List.of(valid("shop-traffic", Panel.stat("Requests").description("Requests.")
                                .unit(GrafanaUnit.SHORT).withTarget(PrometheusTarget.builder(" "))).build())),
                row("a hidden query is still a query", Set.of(),
                        () -> List.of(valid("shop-traffic", Panel.stat("Requests").description("Requests.")
                                .unit(GrafanaUnit.SHORT).withTarget(PrometheusTarget.builder(RATE).hide(true))).build())),
                row("a rate over a fixed 5m", Set.of("dashboard/rate-interval"),
                        () -> List.of(valid("shop-traffic", timeseries("sum(rate(http_requests_total[5m]))")).build())),
                row("an irate over a fixed 1m", Set.of("dashboard/rate-interval"),
                        () -> List.of(valid("shop-traffic", timeseries("sum by (code) (irate(http_requests_total[1m]))"))
                                .build())),
                row("${__rate_interval} is the same variable", Set.of(),
                        () -> List.of(valid("shop-traffic", timeseries(
                                "sum(rate(http_requests_total[${__rate_interval}]))")).build())),
                row("a fixed range in a comment is no range", Set.of(),
                        () -> List.of(valid("shop-traffic", timeseries(
                                "sum(rate(http_requests_total[$__rate_interval])) # was rate(x[5m])")).build())),
                row("a fixed range written in a label value is no range", Set.of(),
                        () -> List.of(valid("shop-traffic", timeseries(
                                "sum(rate(http_requests_total{path!=\"rate(x[5m])\"}[$__rate_interval]))")).build())),
                row("$__rate_interval in a label value does not make a fixed range one", Set.of("dashboard/rate-interval"),
                        () -> List.of(valid("shop-traffic", timeseries(
                                "sum(rate(http_requests_total{path!=\"$__rate_interval\"}[5m]))")).build())),
                row("a range selector in parentheses", Set.of("dashboard/rate-interval"),
                        () -> List.of(valid("shop-traffic", timeseries("sum(rate((http_requests_total[5m])))")).build())),
                row("a rate over a subquery with a fixed range", Set.of("dashboard/rate-interval"),
                        () -> List.of(valid("shop-traffic", timeseries(
                                "rate(sum(http_requests_total)[5m:$__interval])")).build())),
                row("a subquery over a rate of $__rate_interval", Set.of(),
                        () -> List.of(valid("shop-traffic", timeseries(
                                "max_over_time(sum(rate(http_requests_total[$__rate_interval]))[1h:5m])")).build())),
                row("increase over a deliberate window", Set.of(),
                        () -> List.of(valid("shop-traffic", timeseries("sum(increase(http_requests_total[1d]))"))
                                .build())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void aModelDashboardAndItsJsonGetTheSameFindings(String name, Set<String> expectedIds,
                                                     Supplier<List<Dashboard>> dashboards) throws IOException {
        List<Dashboard> declared = dashboards.get();
        Observability model = SampleModel.builder().withDashboards(declared).build();
        List<String> fromModel = lines(CheckRegistry.standard().run(model).stream()
                .filter(f -> FILE_CHECKS.contains(f.checkId())).toList());
        List<DashboardShape> files = new ArrayList<>();
        for (Dashboard dashboard : declared) {
            files.add(JsonDashboard.of(new ObjectMapper().readTree(new DashboardRenderer().json(dashboard))).shape());
        }
        List<String> fromJson = lines(REGISTRY.runOnDashboardFiles(files));
        assertEquals(fromModel, fromJson, name);
        assertEquals(expectedIds, fromJson.stream().map(line -> line.substring(line.indexOf('[') + 1, line.indexOf(']')))
                .collect(Collectors.toCollection(TreeSet::new)), String.join("\n", fromJson));
    }

    @Test
    void theChecksOfDashboardFilesAreTheOnesThatReadTheShape() {
        assertEquals(Set.of("dashboard/uid", "dashboard/datasource", "dashboard/panel-metadata",
                "dashboard/rate-interval"), FILE_CHECKS);
        assertFalse(FILE_CHECKS.contains(new HeatmapHistogram().id()), "heatmaps need the model's histograms");
    }

    private static List<String> lines(List<Finding> findings) {
        return findings.stream().map(f -> f.severity().label() + "[" + f.checkId() + "] " + f.element() + ": "
                + f.message()).sorted().toList();
    }

    private static Arguments row(String name, Set<String> ids, Supplier<List<Dashboard>> dashboards) {
        return Arguments.of(name, ids, dashboards);
    }

    private static Dashboard.Builder valid(String uid, PanelBuilder<?, ?> panel) {
        return Dashboard.builder(uid, "Traffic").withVariable(DatasourceVariable.prometheus()).withPanel(panel);
    }

    private static PanelBuilder<?, ?> timeseries(String expr) {
        return Panel.timeseries("Requests").description("Requests per second.").unit(GrafanaUnit.REQUESTS_PER_SECOND)
                .withTarget(PrometheusTarget.builder(expr));
    }
}
