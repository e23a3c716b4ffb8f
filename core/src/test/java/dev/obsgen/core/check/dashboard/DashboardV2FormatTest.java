package dev.obsgen.core.check.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.obsgen.core.SampleModel;
import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.render.grafana.DashboardFormat;
import dev.obsgen.core.render.grafana.DashboardRenderer;
import dev.obsgen.core.render.grafana.GrafanaVersion;
import dev.obsgen.core.render.grafana.v2.DashboardV2;
import dev.obsgen.core.render.grafana.v2.V2Unsupported;
import dev.obsgen.core.render.grafana.SampleDashboards;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.DatasourceVariable;
import dev.obsgen.model.dashboard.GrafanaUnit;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PrometheusTarget;
import dev.obsgen.model.dashboard.Row;
import dev.obsgen.model.dashboard.TimeseriesPanel;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code dashboard/v2-format}: a finding per gap, on the panel and field, under the v2 format only. */
class DashboardV2FormatTest {
    record Case(String name, GrafanaVersion version, DashboardFormat format, Dashboard dashboard,
            List<String> expected) {
        Case(String name, DashboardFormat format, Dashboard dashboard, List<String> expected) {
            this(name, GrafanaVersion.DEFAULT, format, dashboard, expected);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> rows() {
        Dashboard library = dashboard(requests().rawField("libraryPanel", Map.of("uid", "lib", "name", "Lib")));
        String libraryFinding = "error[dashboard/v2-format] panel 'Requests' of dashboard 'shop-traffic': 'libraryPanel' "
                + "links a library panel; obsgen writes panels whole, and v2 keeps a library panel as a reference "
                + "without its content; the v2 format would lose it";
        Dashboard unknownField = dashboard(requests().id(2).rawFieldConfig(Map.of("noSuchOption", true)));
        Dashboard gnetId = Dashboard.builder("shop-traffic", "Traffic").description("Traffic.")
                .withVariable(DatasourceVariable.prometheus()).withPanel(requests()).rawField("gnetId", 1860).build();
        Dashboard rowField = Dashboard.builder("shop-traffic", "Traffic").description("Traffic.")
                .withVariable(DatasourceVariable.prometheus())
                .withRow(Row.builder("Traffic").rawField("showTitle", true)).withPanel(requests()).build();
        // Grafana 12 names a v2beta1 transformation by its kind, so one whose id is the word "Transformation"
        // reads back as a v2 one without a group; Grafana 13's v2 keeps it.
        Dashboard transformation = dashboard(requests().rawField("transformations",
                List.of(Map.of("id", "Transformation", "options", Map.of()))));
        return Stream.of(
                new Case("a transformation v2beta1 cannot name, under 12.3", GrafanaVersion.DEFAULT,
                        DashboardFormat.V2, transformation, List.of(
                        "error[dashboard/v2-format] panel 'Requests' of dashboard 'shop-traffic': "
                                + "'transformations[0].id' does not come back the same from v2; the v2 format "
                                + "would lose it")),
                new Case("the same transformation under 13", new GrafanaVersion(13, 0, 0), DashboardFormat.V2,
                        transformation, List.of()),
                new Case("a library panel under v2", DashboardFormat.V2, library, List.of(libraryFinding)),
                new Case("a field option v2 does not have", DashboardFormat.V2, unknownField, List.of(
                        "error[dashboard/v2-format] panel 'Requests' of dashboard 'shop-traffic': "
                                + "'fieldConfig.defaults.noSuchOption' is no field option of v2's FieldConfig; the v2 "
                                + "format would lose it")),
                new Case("a dashboard field v2 does not have", DashboardFormat.V2, gnetId, List.of(
                        "error[dashboard/v2-format] dashboard 'shop-traffic': 'gnetId' has no place in v2; the v2 "
                                + "format would lose it")),
                new Case("a row field v2 does not have", DashboardFormat.V2, rowField, List.of(
                        "error[dashboard/v2-format] row 'Traffic' of dashboard 'shop-traffic': 'showTitle' has no "
                                + "place in v2; the v2 format would lose it")),
                new Case("a library panel as classic JSON", DashboardFormat.CLASSIC, library, List.of()),
                new Case("a library panel in a v1 resource", DashboardFormat.RESOURCE, library, List.of()),
                new Case("the sample dashboard under v2", DashboardFormat.V2,
                        SampleDashboards.shop(SampleModel.model()), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void findsEachGapUnderV2Only(Case row) {
        Observability model = SampleModel.builder().withDashboard(row.dashboard()).build();
        List<String> found = CheckRegistry.standard(row.version(), row.format()).run(model).stream()
                .filter(f -> f.checkId().equals("dashboard/v2-format")).map(Finding::format).toList();
        assertEquals(row.expected(), found);
    }

    /** The check is quiet exactly when the renderer of the same release converts the dashboard to v2. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void findsWhatTheRendererWouldRefuse(Case row) {
        if (row.format() != DashboardFormat.V2) {
            return;
        }
        Observability model = SampleModel.builder().withDashboard(row.dashboard()).build();
        boolean found = CheckRegistry.standard(row.version(), row.format()).run(model).stream()
                .anyMatch(f -> f.checkId().equals("dashboard/v2-format"));
        boolean refused;
        try {
            for (Dashboard dashboard : model.dashboards()) {
                DashboardV2.spec(new DashboardRenderer(row.version()).tree(dashboard), row.version());
            }
            refused = false;
        } catch (V2Unsupported e) {
            refused = true;
        }
        assertEquals(refused, found, row.name());
    }

    private static TimeseriesPanel.Builder requests() {
        return Panel.timeseries("Requests").description("Requests per second.").unit(GrafanaUnit.REQUESTS_PER_SECOND)
                .withTarget(PrometheusTarget.builder("sum(rate(http_requests_total[$__rate_interval]))"));
    }

    private static Dashboard dashboard(dev.obsgen.model.dashboard.PanelBuilder<?, ?> panel) {
        return Dashboard.builder("shop-traffic", "Traffic").description("Traffic.")
                .withVariable(DatasourceVariable.prometheus()).withPanel(panel).build();
    }
}
