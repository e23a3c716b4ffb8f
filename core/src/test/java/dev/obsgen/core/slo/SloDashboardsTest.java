package dev.obsgen.core.slo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.Generation;
import dev.obsgen.core.Goldens;
import dev.obsgen.core.Rendering;
import dev.obsgen.core.SampleModel;
import dev.obsgen.core.SampleTeams;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.grafana.DashboardRenderer;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.slo.Sli;
import dev.obsgen.model.slo.Slo;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** An error-budget dashboard per service with SLOs, whose every query passes the checks. */
class SloDashboardsTest {
    @Test
    void everyServiceWithSlosGetsOneDashboard() {
        List<Dashboard> dashboards = sloDashboards(SloRules.expand(SloRulesTest.model()));
        assertEquals(List.of("slo-shop-api", "slo-shop-edge"), dashboards.stream().map(Dashboard::uid).toList());
        assertEquals(List.of("SLOs: shop-api", "SLOs: shop-edge"), dashboards.stream().map(Dashboard::title).toList());
        assertEquals(List.of("requests: 99.9 % over 30d", "latency: 99 % over 30d"),
                dashboards.get(0).rows().stream().map(r -> r.title()).toList());
        assertEquals(4, dashboards.get(1).rows().get(0).panels().size());
    }

    @Test
    void aModelWithoutSlosGetsNone() {
        Observability model = SampleModel.model();
        assertEquals(model.dashboards(), SloRules.expand(model).dashboards());
        assertEquals(List.of(), sloDashboards(SloRules.expand(model)));
    }

    @Test
    void everyQueryPassesTheChecks() {
        // Rendering throws ModelRejectedException on any error; a warning about the generated dashboards is a bug too.
        Rendering rendering = Generation.standard().render(SloRulesTest.model(), RenderSettings.of("slo"));
        List<String> warnings = rendering.warnings().stream()
                .filter(w -> w.element().contains("dashboard 'slo-") || w.format().contains("dashboard 'slo-"))
                .map(Finding::format).toList();
        assertEquals(List.of(), warnings);
    }

    @Test
    void aTeamsSloDashboardIsInTheTeamsFolder() {
        Observability team = SampleTeams.checkoutBuilder(SampleModel.model())
                .withSlo(Slo.named("orders").service("checkout").objective(99.9)
                        .description("Orders checked out without a failure.")
                        .sli(Sli.errors("checkout_orders_total{result=\"failed\"}", "checkout_orders_total"))
                        .alert("CheckoutErrorBudgetBurn").runbook("checkout-error-budget"))
                .build();
        Rendering rendering = Generation.standard().render(team, RenderSettings.of("com.example.Checkout"));
        assertTrue(rendering.output().files().stream().map(GeneratedFile::path).toList()
                .contains("grafana/dashboards/Checkout/slo-checkout.json"));
        assertEquals(List.of(), rendering.warnings().stream().map(Finding::format)
                .filter(w -> w.contains("dashboard 'slo-")).toList());
    }

    @TestFactory
    Stream<DynamicTest> everySloDashboardMatchesItsGolden() {
        Observability expanded = SloRules.expand(SloRulesTest.model());
        Observability onlySlo = expanded.toBuilder().dashboards(sloDashboards(expanded)).build();
        List<GeneratedFile> files = new DashboardRenderer().render(onlySlo, RenderSettings.of("slo"));
        assertEquals(2, files.size(), "one dashboard per service");
        return files.stream().map(file -> DynamicTest.dynamicTest(file.path(),
                () -> Goldens.assertMatches("slo-dashboards/" + file.path(), file.text())));
    }

    private static List<Dashboard> sloDashboards(Observability model) {
        return model.dashboards().stream().filter(d -> d.folder().equals(SloDashboards.FOLDER)).toList();
    }
}
