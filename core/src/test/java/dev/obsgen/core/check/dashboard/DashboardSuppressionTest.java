package dev.obsgen.core.check.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.obsgen.core.SampleModel;
import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.Finding;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.DatasourceVariable;
import dev.obsgen.model.dashboard.GrafanaUnit;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PrometheusTarget;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A dashboard's {@code suppress(id, reason)} turns the findings of that check on the dashboard and on its panels and
 * their queries into notes with the reason; other checks still report, and an id that is no check is an error.
 * Each row: a change to a dashboard whose one panel has no description and reads an undeclared metric, and the
 * findings of the checks concerned.
 */
class DashboardSuppressionTest {
    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("nothing suppressed", UnaryOperator.<Dashboard.Builder>identity(), List.of(
                        "error[dashboard/panel-metadata] panel 'Requests' of dashboard 'shop-traffic': has no "
                                + "description; say what the panel shows and how to read it",
                        "error[promql/unknown-metric]")),
                Arguments.of("a panel check suppressed on the dashboard",
                        (UnaryOperator<Dashboard.Builder>) d -> d.suppress("dashboard/panel-metadata", "imported"),
                        List.of("error[promql/unknown-metric]",
                                "note[dashboard/panel-metadata] panel 'Requests' of dashboard 'shop-traffic': "
                                        + "suppressed: has no description; say what the panel shows and how to read it; "
                                        + "reason: imported")),
                Arguments.of("a query check suppressed on the dashboard",
                        (UnaryOperator<Dashboard.Builder>) d -> d.suppress("promql/unknown-metric", "imported"),
                        List.of("error[dashboard/panel-metadata] panel 'Requests' of dashboard 'shop-traffic': has no "
                                        + "description; say what the panel shows and how to read it",
                                "note[promql/unknown-metric]")),
                Arguments.of("an id that is no check",
                        (UnaryOperator<Dashboard.Builder>) d -> d.suppress("dashboard/panel-meta", "typo"),
                        List.of("error[dashboard/panel-metadata] panel 'Requests' of dashboard 'shop-traffic': has no "
                                        + "description; say what the panel shows and how to read it",
                                "error[model/suppression] dashboard 'shop-traffic': suppresses 'dashboard/panel-meta', "
                                        + "which is not a check id; the ids are listed in docs/checks.md",
                                "error[promql/unknown-metric]")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void suppressesOnTheDashboardAndItsPanels(String name, UnaryOperator<Dashboard.Builder> change,
                                              List<String> expected) {
        Dashboard.Builder dashboard = Dashboard.builder("shop-traffic", "Traffic")
                .withVariable(DatasourceVariable.prometheus())
                .withPanel(Panel.timeseries("Requests").unit(GrafanaUnit.REQUESTS_PER_SECOND)
                        .withTarget(PrometheusTarget.builder("sum(rate(undeclared_requests_total[$__rate_interval]))")));
        Observability model = SampleModel.builder().withDashboard(change.apply(dashboard).build()).build();
        List<String> found = CheckRegistry.standard().run(model).stream()
                .filter(f -> f.checkId().startsWith("dashboard/") || f.checkId().equals("model/suppression")
                        || f.checkId().equals("promql/unknown-metric"))
                .map(DashboardSuppressionTest::shown)
                .sorted()
                .toList();
        assertEquals(expected, found, name);
    }

    /** Dashboard findings in full; the unknown metric's message (with its suggestion) only by severity and id. */
    private static String shown(Finding finding) {
        return finding.checkId().equals("promql/unknown-metric")
                ? finding.severity().label() + "[" + finding.checkId() + "]" : finding.format();
    }
}
