package dev.obsgen.core.slo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.Generation;
import dev.obsgen.core.Promtool;
import dev.obsgen.core.Rendering;
import dev.obsgen.core.SampleModel;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.write.OutputWriter;
import dev.obsgen.model.Observability;
import dev.obsgen.model.slo.Sli;
import dev.obsgen.model.slo.Slo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SLOs become Sloth-shaped rules whose derived tests pass in the real promtool. */
public class SloRulesTest {
    @TempDir
    Path output;

    public static Observability model() {
        return SampleModel.builder()
                .withSlo(Slo.named("requests").service("shop-api").objective(99.9)
                        .description("Requests answered without a server error.")
                        .sli(Sli.errors("http_requests_total{code=\"500\"}", "http_requests_total"))
                        .alert("ShopApiErrorBudgetBurn").runbook("shop-api-error-budget"))
                .withSlo(Slo.named("latency").service("shop-api").objective(99)
                        .description("Requests answered within a second.")
                        .sli(Sli.latency("http_request_duration_seconds", 1).withMatchers("path=\"/\""))
                        .alert("ShopApiLatencyBudgetBurn").runbook("shop-api-latency-budget"))
                .withSlo(Slo.named("edge-up").service("shop-edge").objective(99.5).period("28d")
                        .description("Edge targets scraped up.")
                        .sli(Sli.up("edge"))
                        .alert("ShopEdgeUpBudgetBurn").runbook("shop-edge-up-budget"))
                .build();
    }

    @org.junit.jupiter.api.TestFactory
    Stream<org.junit.jupiter.api.DynamicTest> theSloFilesMatchTheirGoldens() {
        return Generation.standard().render(model(), RenderSettings.of("slo")).output().files().stream()
                .filter(f -> f.path().contains("sloth-") || f.path().equals("docs/catalog.md"))
                .map(f -> org.junit.jupiter.api.DynamicTest.dynamicTest(f.path(),
                        () -> dev.obsgen.core.Goldens.assertMatches("slo/" + f.path(), f.text())));
    }

    @Test
    void everyDerivedTestPassesInPromtool() throws Exception {
        Promtool promtool = Promtool.require();
        Rendering rendering = Generation.standard().render(model(), RenderSettings.of("slo"));
        rendering.warnings().forEach(w -> System.out.println(w.format()));
        new OutputWriter().write(rendering.output(), output);
        try (Stream<Path> tests = Files.list(output.resolve("prometheus/tests"))) {
            for (Path test : tests.filter(p -> p.getFileName().toString().startsWith("sloth-")).toList()) {
                Promtool.Result result = promtool.run(test.getParent(), "test", "rules", test.getFileName().toString());
                assertEquals(0, result.status(), test + "\n" + result.output());
            }
        }
        Promtool.Result check = promtool.run(output.resolve("prometheus/rules"), "check", "rules",
                "sloth-slo-alerts-shop-api-requests.yml", "sloth-slo-sli-recordings-shop-api-requests.yml");
        assertEquals(0, check.status(), check.output());
    }

    @Test
    void aModelExpandedAgainIsTheSameInstanceAndAnEqualModelExpandsEqually() {
        Observability model = model();
        Observability expanded = SloRules.expand(model);
        assertTrue(expanded.ruleGroups().size() > model.ruleGroups().size());
        assertSame(expanded, SloRules.expand(model));
        assertSame(expanded, SloRules.expand(expanded));
        Observability other = model();
        Observability otherExpanded = SloRules.expand(other);
        assertNotSame(expanded, otherExpanded);
        assertEquals(expanded, otherExpanded);
        assertSame(otherExpanded, SloRules.expand(other));
    }
}
