package dev.obsgen.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.obsgen.core.PairedAlertsModel;
import dev.obsgen.core.SampleModel;
import dev.obsgen.core.SampleTeams;
import dev.obsgen.core.render.grafana.DashboardFilesRenderer;
import dev.obsgen.core.render.grafana.DashboardKubernetesRenderer;
import dev.obsgen.core.render.grafana.DashboardPaths;
import dev.obsgen.core.render.grafana.DashboardRenderer;
import dev.obsgen.core.render.prometheus.PrometheusRuleResourceRenderer;
import dev.obsgen.core.render.prometheus.RuleFileRenderer;
import dev.obsgen.core.render.prometheus.RuleTestRenderer;
import dev.obsgen.core.render.runbook.RunbookRenderer;
import dev.obsgen.core.slo.SloRules;
import dev.obsgen.core.team.Composition;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.Panel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The renderers of many files hand them out one at a time, in the order and with the bytes of their lists: for a
 * platform, a platform with alerts of a shared name (tested alone, with isolated copies), a team on its own (with
 * copies of the platform's groups) and a team in a composed tree.
 */
class StreamedFilesTest {
    private static final RenderSettings SETTINGS = RenderSettings.of("x");

    static Stream<Arguments> renderersAndModels() {
        Observability platform = SloRules.expand(SampleModel.model());
        Observability checkout = SloRules.expand(SampleTeams.checkout(SampleModel.model()));
        Composition composition = Composition.of(List.of(SampleModel.model(),
                SampleTeams.checkout(SampleModel.model())));
        List<Object[]> models = List.of(
                new Object[] {"platform", platform, SETTINGS},
                new Object[] {"paired alerts", SloRules.expand(PairedAlertsModel.model()), SETTINGS},
                new Object[] {"team", checkout, SETTINGS},
                new Object[] {"composed team", SloRules.expand(composition.views().get(0)),
                        SETTINGS.composing(composition)});
        List<Renderer> renderers = List.of(new DashboardRenderer(), new DashboardKubernetesRenderer(),
                new DashboardFilesRenderer(),
                new RuleFileRenderer(), new RuleTestRenderer(), new PrometheusRuleResourceRenderer(),
                new RunbookRenderer());
        List<Arguments> rows = new ArrayList<>();
        for (Renderer renderer : renderers) {
            for (Object[] model : models) {
                rows.add(Arguments.of(renderer.getClass().getSimpleName() + " on " + model[0], renderer, model[1],
                        model[2]));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderersAndModels")
    void filesHandedOutOneAtATimeAreTheList(String row, Renderer renderer, Observability model,
                                            RenderSettings settings) {
        List<GeneratedFile> listed = renderer.render(model, settings);
        List<GeneratedFile> handedOut = new ArrayList<>();
        renderer.render(model, settings, handedOut::add);
        assertEquals(listed, handedOut, row);
        assertEquals(listed.stream().map(GeneratedFile::kind).toList(),
                handedOut.stream().map(GeneratedFile::kind).toList(), row);
    }

    @Test
    void aDashboardIsHandedOutBeforeTheNextIsRendered() {
        Observability model = Observability.named("shop")
                .withDashboard(Dashboard.builder("first", "First").withPanel(Panel.timeseries("A")))
                .withDashboard(Dashboard.builder("second", "Second")
                        .withPanel(Panel.timeseries("B").rawField("options.legend", Map.of("showLegend", false))))
                .build();
        for (Renderer renderer : List.of(new DashboardRenderer(), new DashboardKubernetesRenderer(),
                new DashboardFilesRenderer())) {
            List<String> handedOut = new ArrayList<>();
            assertThrows(IllegalArgumentException.class,
                    () -> renderer.render(model, SETTINGS, file -> handedOut.add(file.path())));
            assertFalse(handedOut.isEmpty(), renderer.getClass().getSimpleName());
            assertEquals(!(renderer instanceof DashboardKubernetesRenderer)
                    ? DashboardPaths.dashboard(model.dashboards().get(0))
                    : DashboardPaths.configMap(model.dashboards().get(0)), handedOut.get(0));
        }
    }
}
