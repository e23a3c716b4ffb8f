package dev.obsgen.core.slo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.obsgen.core.Generation;
import dev.obsgen.core.ModelRejectedException;
import dev.obsgen.core.SampleModel;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.model.slo.Sli;
import dev.obsgen.model.slo.Slo;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A table of SLOs that cannot become rules, each refused by slo/definition with what to fix, before any rule renders. */
class SloDefinitionTest {
    static Stream<Arguments> brokenSlos() {
        return Stream.of(
                broken("objective of 100 %", "has the objective 100.0 %; it must lie strictly between 0 and 100",
                        b -> b.objective(100)),
                broken("period under a day", "has the period '12h'; give whole hours of a day or more",
                        b -> b.period("12h")),
                broken("regex matcher", "has the events selector 'http_requests_total{code=~\"5..\"}', which is not "
                        + "one metric with = matchers only",
                        b -> b.sli(Sli.errors("http_requests_total{code=~\"5..\"}", "http_requests_total"))),
                broken("undeclared metric", "has the events selector 'http_errors_total', whose metric 'http_errors_total' is not declared",
                        b -> b.sli(Sli.errors("http_errors_total", "http_requests_total"))),
                broken("gauge", "has the total selector 'queue_depth', over a gauge; an SLI counts events with counters",
                        b -> b.sli(Sli.errors("http_requests_total{code=\"500\"}", "queue_depth"))),
                broken("one selector twice", "counts its events and all events with one selector",
                        b -> b.sli(Sli.errors("http_requests_total", "http_requests_total"))),
                broken("threshold between buckets", "has the threshold 0.5, which is not a bucket boundary of "
                        + "http_request_duration_seconds [0.1, 1.0]",
                        b -> b.sli(Sli.latency("http_request_duration_seconds", 0.5))),
                broken("undeclared job", "measures the up of scrape job 'nope', which is not declared",
                        b -> b.sli(Sli.up("nope"))),
                broken("alert name", "needs an alert name in CamelCase", b -> b.alert("shop-burn")),
                broken("name not a slug", "needs a name and service of lowercase letters, digits and '-'",
                        b -> b.service("Shop API")));
    }

    private static Arguments broken(String name, String message, UnaryOperator<Slo.Builder> change) {
        return Arguments.of(name, message, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSlos")
    void isRefusedNamingTheSlo(String name, String message, UnaryOperator<Slo.Builder> change) {
        Slo.Builder slo = Slo.named("requests").service("shop-api").objective(99.9).description("d")
                .sli(Sli.errors("http_requests_total{code=\"500\"}", "http_requests_total"))
                .alert("ShopApiErrorBudgetBurn").runbook("shop-api-error-budget");
        ModelRejectedException e = assertThrows(ModelRejectedException.class, () -> Generation.standard()
                .render(SampleModel.builder().withSlo(change.apply(slo)).build(), RenderSettings.of("slo")));
        List<String> errors = e.findings().stream().filter(Finding::isError).map(Finding::format).toList();
        assertEquals(1, errors.stream().filter(f -> f.startsWith("error[slo/definition] SLO ")
                && f.contains(message)).count(), String.join("\n", errors));
    }
}
