package dev.obsgen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.core.write.OutputSet;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.DatasourceVariable;
import dev.obsgen.model.dashboard.GrafanaUnit;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PrometheusTarget;
import dev.obsgen.model.rule.AlertScenario;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.rule.Series;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rendering on many threads gives the files of rendering on one, byte for byte, for a platform, a team and a tree. */
class ParallelRenderingTest {
    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of("the sample platform", List.of(SampleModel.model())),
                Arguments.of("the collection sample", List.of(CollectionSampleModel.model())),
                Arguments.of("a larger platform", List.of(larger())),
                Arguments.of("a team", List.of(SampleTeams.checkout(SampleModel.model()))),
                Arguments.of("a platform and two teams", List.of(SampleModel.model(),
                        SampleTeams.checkout(SampleModel.model()), SampleTeams.search(SampleModel.model()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void manyThreadsRenderTheFilesOfOne(String name, List<Observability> models) {
        OutputSet one = render(Generation.standard().threads(1), models);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        Rendering many = rendering(Generation.standard().threads(4), models);
        List<GeneratedFile> files = Collections.synchronizedList(new ArrayList<>());
        many.files().emit(file -> {
            threads.add(Thread.currentThread().getName());
            files.add(file);
        });
        OutputSet parallel = OutputSet.of(files, many.files().header());
        assertEquals(one.paths(), parallel.paths());
        for (GeneratedFile file : one.files()) {
            assertEquals(file, parallel.file(file.path()).orElseThrow(), file.path());
        }
        assertTrue(threads.stream().allMatch(t -> t.startsWith("obsgen-render-")), "rendered on the pool: " + threads);
    }

    private static OutputSet render(Generation generation, List<Observability> models) {
        return rendering(generation, models).output();
    }

    private static Rendering rendering(Generation generation, List<Observability> models) {
        RenderSettings settings = RenderSettings.of("parallel");
        return models.size() == 1 ? generation.render(models.get(0), settings) : generation.compose(models, settings);
    }

    /** The sample platform with 300 more alerts in three groups and 12 more dashboards. */
    private static Observability larger() {
        Observability.Builder model = SampleModel.builder();
        for (int g = 0; g < 3; g++) {
            RuleGroup.Builder group = RuleGroup.named("backlog-" + g);
            for (int a = 0; a < 100; a++) {
                int n = g * 100 + a;
                group.withRule(Rule.alert("Backlog" + n)
                        .expr("max by (queue) (queue_depth) > " + (100 + n))
                        .forDuration("5m")
                        .severity(n % 2 == 0 ? Severity.WARNING : Severity.CRITICAL)
                        .summary("Backlog " + n + ".")
                        .description("Queue {{ $labels.queue }} holds {{ $value }} items.")
                        .runbook("backlog-" + n)
                        .withScenario(AlertScenario.fires("high").at("10m")
                                .withInput(Series.of("queue_depth").label("job", "api").label("queue", "q")
                                        .values("900x20"))
                                .withAlert(Map.of("queue", "q"), Map.of("description", "Queue q holds 900 items.")))
                        .withScenario(AlertScenario.calm("low").at("10m")
                                .withInput(Series.of("queue_depth").label("job", "api").label("queue", "q")
                                        .values("1x20"))));
            }
            model.withRuleGroup(group);
        }
        for (int d = 0; d < 12; d++) {
            Dashboard.Builder dashboard = Dashboard.builder("backlog-dashboard-" + d, "Backlog " + d).folder("Backlog")
                    .description("Backlogs.").withVariable(DatasourceVariable.prometheus());
            for (int p = 0; p < 6; p++) {
                dashboard.withPanel(Panel.timeseries("Queue " + p).description("Items waiting.").unit(GrafanaUnit.SHORT).withTarget(PrometheusTarget.builder(
                        "max by (queue) (queue_depth)").legendFormat("{{queue}}")));
            }
            model.withDashboard(dashboard);
        }
        return model.build();
    }
}
