package dev.obsgen.core.check.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.SampleModel;
import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.ElementRef;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.render.grafana.SampleDashboards;
import dev.obsgen.core.team.Composition;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.DatasourceRef;
import dev.obsgen.model.dashboard.DatasourceVariable;
import dev.obsgen.model.dashboard.GrafanaUnit;
import dev.obsgen.model.dashboard.GridPos;
import dev.obsgen.model.dashboard.HeatmapPanel;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PanelBuilder;
import dev.obsgen.model.dashboard.PrometheusTarget;
import dev.obsgen.model.dashboard.QueryVariable;
import dev.obsgen.model.dashboard.Row;
import dev.obsgen.model.metric.Metric;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table of broken dashboards, each with the one check that must report it. The set of dashboard findings, plus
 * the expected id where it is a query check (panel queries go through the PromQL checks), must be exactly that id:
 * a case that trips other dashboard checks too is a broken case, not a passing one.
 */
class BrokenDashboardTest {
    private static final String RATE = "sum(rate(http_requests_total[$__rate_interval]))";

    static Stream<Arguments> brokenDashboards() {
        return Stream.of(
                broken("uid with capitals and underscore", "dashboard/uid",
                        () -> List.of(valid("Shop_Overview", timeseries(RATE)).build())),
                broken("uid shorter than eight characters", "dashboard/uid",
                        () -> List.of(valid("shop", timeseries(RATE)).build())),
                broken("uid ending in a dash", "dashboard/uid",
                        () -> List.of(valid("shop-overview-", timeseries(RATE)).build())),
                broken("two dashboards with one uid", "dashboard/uid",
                        () -> List.of(valid("shop-traffic", timeseries(RATE)).build(),
                                valid("shop-traffic", timeseries(RATE)).build())),
                broken("two panels with one id", "dashboard/panel-ids",
                        () -> List.of(replacePanels(valid("shop-traffic", timeseries(RATE)).build(), List.of(
                                timeseries(RATE).build().placed(1, new GridPos(8, 12, 0, 0)),
                                timeseries(RATE).build().placed(1, new GridPos(8, 12, 12, 0)))))),
                broken("two panels on one spot", "dashboard/layout",
                        () -> List.of(replacePanels(valid("shop-traffic", timeseries(RATE)).build(), List.of(
                                timeseries(RATE).build().placed(1, new GridPos(8, 12, 0, 0)),
                                timeseries(RATE).build().placed(2, new GridPos(8, 12, 6, 4)))))),
                broken("a panel beyond column 24", "dashboard/layout",
                        () -> List.of(replacePanels(valid("shop-traffic", timeseries(RATE)).build(), List.of(
                                timeseries(RATE).build().placed(1, new GridPos(8, 12, 16, 0)))))),
                broken("no datasource variable", "dashboard/datasource",
                        () -> List.of(Dashboard.builder("shop-traffic", "Traffic").withPanel(timeseries(RATE)).build())),
                broken("a panel naming a fixed data source", "dashboard/datasource",
                        () -> List.of(valid("shop-traffic", timeseries(RATE)
                                .datasource(new DatasourceRef("prometheus", "P1809F7CD0C75ACF3"))).build())),
                broken("a query naming a fixed data source", "dashboard/datasource",
                        () -> List.of(valid("shop-traffic", Panel.timeseries("Requests").description("Requests.")
                                .unit(GrafanaUnit.REQUESTS_PER_SECOND).withTarget(PrometheusTarget.builder(RATE)
                                        .datasource(new DatasourceRef("prometheus", "${DS_PROMETHEUS}")))).build())),
                broken("a panel without description", "dashboard/panel-metadata",
                        () -> List.of(valid("shop-traffic", Panel.timeseries("Requests")
                                .unit(GrafanaUnit.REQUESTS_PER_SECOND).withTarget(PrometheusTarget.builder(RATE))).build())),
                broken("a panel without unit", "dashboard/panel-metadata",
                        () -> List.of(valid("shop-traffic", Panel.timeseries("Requests").description("Requests.")
                                .withTarget(PrometheusTarget.builder(RATE))).build())),
                broken("a panel without query", "dashboard/panel-metadata",
                        () -> List.of(valid("shop-traffic", Panel.stat("Requests").description("Requests.")
                                .unit(GrafanaUnit.SHORT)).build())),
                broken("a rate over a fixed 5m", "dashboard/rate-interval",
                        () -> List.of(valid("shop-traffic", timeseries("sum(rate(http_requests_total[5m]))")).build())),
                broken("an irate over a fixed 1m", "dashboard/rate-interval",
                        () -> List.of(valid("shop-traffic", timeseries("sum by (code) (irate(http_requests_total[1m]))"))
                                .build())),
                broken("a query variable refreshed only on load", "dashboard/variable-refresh",
                        () -> List.of(valid("shop-traffic", timeseries(RATE))
                                .withVariable(QueryVariable.builder("path", "label_values(http_requests_total, path)")
                                        .refresh(QueryVariable.Refresh.ON_DASHBOARD_LOAD)).build())),
                broken("a raw counter summed", "promql/counter-without-rate",
                        () -> List.of(valid("shop-traffic", timeseries("sum by (code) (http_requests_total)")).build())),
                broken("a raw counter divided by a rate", "promql/counter-without-rate",
                        () -> List.of(valid("shop-traffic", timeseries(
                                "http_requests_total / on() group_left() sum(rate(http_requests_total[$__rate_interval]))"))
                                .build())),
                broken("a heatmap of buckets not kept by le", "dashboard/heatmap-histogram",
                        () -> List.of(valid("shop-traffic", heatmap(
                                "sum(rate(http_request_duration_seconds_bucket[$__rate_interval]))",
                                PrometheusTarget.Format.HEATMAP)).build())),
                broken("a heatmap of buckets in time series format", "dashboard/heatmap-histogram",
                        () -> List.of(valid("shop-traffic", heatmap(
                                "sum by (le) (rate(http_request_duration_seconds_bucket[$__rate_interval]))",
                                PrometheusTarget.Format.TIME_SERIES)).build())),
                broken("a heatmap of a histogram's _count", "dashboard/heatmap-histogram",
                        () -> List.of(valid("shop-traffic", heatmap(
                                "sum by (le) (rate(http_request_duration_seconds_count[$__rate_interval]))",
                                PrometheusTarget.Format.HEATMAP)).build())),
                broken("a heatmap recomputing a histogram's buckets", "dashboard/heatmap-histogram",
                        () -> List.of(valid("shop-traffic", heatmap(
                                "sum by (le) (rate(http_request_duration_seconds_bucket[$__rate_interval]))",
                                PrometheusTarget.Format.HEATMAP).calculate(true)).build())),
                broken("a heatmap whose by (le) is only in a comment", "dashboard/heatmap-histogram",
                        () -> List.of(valid("shop-traffic", heatmap(
                                "sum(rate(http_request_duration_seconds_bucket[$__rate_interval])) # by (le)",
                                PrometheusTarget.Format.HEATMAP)).build())),
                broken("a heatmap whose outer sum drops le again", "dashboard/heatmap-histogram",
                        () -> List.of(valid("shop-traffic", heatmap(
                                "sum(sum by (le) (rate(http_request_duration_seconds_bucket[$__rate_interval])))",
                                PrometheusTarget.Format.HEATMAP)).build())),
                broken("a misspelt metric", "promql/unknown-metric",
                        () -> List.of(valid("shop-traffic", timeseries("sum(rate(http_request_total[$__rate_interval]))"))
                                .build())),
                broken("a panel showing a metric the model does not declare", "dashboard/panel-metric",
                        () -> List.of(valid("shop-traffic", timeseries(RATE)
                                .metric(Metric.counter("http_requestz_total").build())).build())),
                broken("a panel in a row showing a metric the model does not declare", "dashboard/panel-metric",
                        () -> List.of(valid("shop-traffic", timeseries(RATE)).withRow(Row.builder("More"))
                                .withPanel(timeseries(RATE).metric(Metric.gauge("queue_depthh").build())).build())),
                broken("a misspelt metric in a variable", "dashboard/unknown-metric",
                        () -> List.of(valid("shop-traffic", timeseries(RATE))
                                .withVariable(QueryVariable.builder("path", "label_values(http_requestz_total, path)"))
                                .build())));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("brokenDashboards")
    void eachBrokenDashboardIsReportedByItsCheck(String name, String expectedId, Supplier<List<Dashboard>> dashboards) {
        Observability model = SampleModel.builder().withDashboards(dashboards.get()).build();
        Set<String> ids = CheckRegistry.standard().run(model).stream().map(Finding::checkId)
                .filter(id -> id.startsWith("dashboard/") || id.equals(expectedId))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(expectedId), ids, name);
    }

    /** Correct heatmaps of the histogram: le kept by name or by leaving out every other label. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("correctHeatmaps")
    void aCorrectHeatmapHasNoDashboardFindings(String expr) {
        Observability model = SampleModel.builder().withDashboard(valid("shop-traffic", heatmap(expr,
                PrometheusTarget.Format.HEATMAP)).build()).build();
        assertEquals(Set.of(), dashboardFindingIds(model));
    }

    static Stream<String> correctHeatmaps() {
        return Stream.of(
                "sum by (le) (rate(http_request_duration_seconds_bucket[$__rate_interval]))",
                "sum without (instance, path) (rate(http_request_duration_seconds_bucket[$__rate_interval]))",
                "sum by (le) (rate(http_request_duration_seconds_bucket{path=\"by (code)\"}[$__rate_interval]))");
    }

    @Test
    void theSampleDashboardsHaveNoDashboardFindings() {
        assertEquals(Set.of(), dashboardFindingIds(SampleDashboards.model()));
    }

    @Test
    void validBaseOfTheTableHasNoDashboardFindings() {
        Observability model = SampleModel.builder().withDashboard(valid("shop-traffic", timeseries(RATE)).build()).build();
        assertEquals(Set.of(), dashboardFindingIds(model));
    }

    @Test
    void aPanelShowingADeclaredMetricHasNoDashboardFindings() {
        Observability model = SampleModel.builder().withDashboard(valid("shop-traffic",
                timeseries(RATE).metric(Metric.counter("http_requests_total").build())).build()).build();
        assertEquals(Set.of(), dashboardFindingIds(model));
    }

    @ParameterizedTest(name = "{0} -> {1} finding(s)")
    @CsvSource({"http_requests_total, 0", "http_requestz_total, 1"})
    void aTeamPanelMayShowAMetricItsPlatformDeclares(String metric, int expected) {
        Observability team = Observability.team("search").on(SampleModel.model())
                .withDashboard(valid("search-traffic", timeseries(RATE).metric(Metric.counter(metric).build())))
                .build();
        List<String> ids = CheckRegistry.standard().run(Composition.ofTeam(team), false).stream()
                .map(Finding::checkId).filter(id -> id.equals("dashboard/panel-metric")).toList();
        assertEquals(expected, ids.size(), ids.toString());
    }

    @Test
    void aPanelMetricFindingNamesTheDashboardThePanelAndTheMetric() {
        Observability model = SampleModel.builder().withDashboard(valid("shop-traffic",
                timeseries(RATE).metric(Metric.counter("http_requestz_total").build())).build()).build();
        List<String> messages = CheckRegistry.standard().run(model).stream()
                .filter(f -> f.checkId().equals("dashboard/panel-metric")).map(Finding::format).toList();
        assertEquals(1, messages.size(), messages.toString());
        String message = messages.get(0);
        for (String part : List.of("shop-traffic", "'Requests'", "'http_requestz_total'",
                "did you mean 'http_requests_total'?")) {
            assertTrue(message.contains(part), message + " names " + part);
        }
    }

    @Test
    void aMisspeltHistogramIsNamedByTheHistogramNotOneOfItsSeries() {
        Observability model = SampleModel.builder().withDashboard(valid("shop-traffic",
                timeseries(RATE).metric(Metric.histogram("http_request_duration_secnds").build())).build()).build();
        List<String> messages = CheckRegistry.standard().run(model).stream()
                .filter(f -> f.checkId().equals("dashboard/panel-metric")).map(Finding::format).toList();
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains("did you mean 'http_request_duration_seconds'?"), messages.get(0));
    }

    /** A finding on a panel's query is about the dashboard the panel is a part of, as a model check's finding is. */
    @Test
    void aPanelQueryFindingCarriesItsDashboard() {
        Observability model = SampleModel.builder().withDashboard(valid("shop-traffic",
                timeseries("sum(rate(http_requestz_total[$__rate_interval]))")).build()).build();
        List<Finding> findings = CheckRegistry.standard().run(model).stream()
                .filter(f -> f.checkId().equals("promql/unknown-metric")).toList();
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(ElementRef.of("dashboard", "shop-traffic"), findings.get(0).location().element());
    }

    private static Set<String> dashboardFindingIds(Observability model) {
        List<Finding> findings = CheckRegistry.standard().run(model);
        return findings.stream().map(Finding::checkId).filter(id -> id.startsWith("dashboard/"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Arguments broken(String name, String id, Supplier<List<Dashboard>> dashboards) {
        return Arguments.of(name, id, dashboards);
    }

    private static Dashboard.Builder valid(String uid, PanelBuilder<?, ?> panel) {
        return Dashboard.builder(uid, "Traffic").withVariable(DatasourceVariable.prometheus()).withPanel(panel);
    }

    private static PanelBuilder<?, ?> timeseries(String expr) {
        return Panel.timeseries("Requests").description("Requests per second.").unit(GrafanaUnit.REQUESTS_PER_SECOND)
                .withTarget(PrometheusTarget.builder(expr));
    }

    private static HeatmapPanel.Builder heatmap(String expr, PrometheusTarget.Format format) {
        return Panel.heatmap("Latency").description("Latency.").unit(GrafanaUnit.SECONDS)
                .withTarget(PrometheusTarget.builder(expr).legendFormat("{{le}}").format(format));
    }

    private static Dashboard replacePanels(Dashboard d, List<Panel> panels) {
        return new Dashboard(d.uid(), d.title(), d.description(), d.tags(), d.folder(), d.time(), d.refresh(),
                d.timezone(), d.graphTooltip(), d.editable(), d.links(), d.variables(), d.annotations(), panels, d.rows());
    }
}
