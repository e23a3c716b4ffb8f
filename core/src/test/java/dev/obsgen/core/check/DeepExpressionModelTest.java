package dev.obsgen.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.Generation;
import dev.obsgen.core.ModelRejectedException;
import dev.obsgen.core.Rendering;
import dev.obsgen.core.SampleModel;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.rule.AlertScenario;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.rule.Series;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A model whose alert joins 10,000 terms is checked and rendered like any other: the checks find what is wrong
 * however deep in the chain it sits, and a sound model renders every file.
 */
class DeepExpressionModelTest {
    private static final int TERMS = 10_000;

    private static String chain(String first, String term) {
        StringBuilder text = new StringBuilder(first);
        for (int i = 1; i < TERMS; i++) {
            text.append(" + ").append(term);
        }
        return text.toString();
    }

    private static Observability withAlert(String expr) {
        return SampleModel.builder()
                .withRuleGroup(RuleGroup.named("deep")
                        .withRule(Rule.alert("ManyTargetsUp")
                                .expr(expr)
                                .forDuration("5m")
                                .severity(Severity.INFO)
                                .summary("Many targets are up.")
                                .description("The sum over the targets is positive.")
                                .runbook("many-targets-up")
                                .withScenario(AlertScenario.fires("targets up").at("10m")
                                        .withInput(Series.of("up").label("job", "api").label("instance", "a").values("1x20"))
                                        .withAlert(Map.of("job", "api", "instance", "a"), Map.of()))
                                .withScenario(AlertScenario.calm("targets down").at("10m")
                                        .withInput(Series.of("up").label("job", "api").label("instance", "a").values("0x20"))))
                        .build())
                .build();
    }

    @Test
    void rendersAModelWithALongChainInAnAlert() {
        String expr = chain("up", "up") + " > 0";
        Rendering rendering = Generation.standard().render(withAlert(expr), RenderSettings.of("test"));

        List<String> rulesWithTheExpression = rendering.output().files().stream()
                .filter(file -> new String(file.content(), StandardCharsets.UTF_8).contains(expr))
                .map(GeneratedFile::path)
                .toList();
        assertTrue(rulesWithTheExpression.size() >= 2, () -> "files with the expression: " + rulesWithTheExpression);
        assertEquals(List.of(), rendering.warnings().stream()
                .filter(f -> f.element().contains("ManyTargetsUp")).map(Finding::format).toList());
    }

    @Test
    void findsTheOneFaultDeepestInTheChain() {
        String expr = chain("sum(rate(queue_depth[5m]))", "sum(up)") + " > 0";
        ModelRejectedException rejected = assertThrows(ModelRejectedException.class,
                () -> Generation.standard().render(withAlert(expr), RenderSettings.of("test")));
        List<String> errors = rejected.findings().stream().filter(Finding::isError)
                .map(f -> f.checkId() + " " + f.element()).toList();
        assertEquals(List.of("promql/rate-on-gauge alert 'ManyTargetsUp' in group 'deep'"), errors);
    }
}
