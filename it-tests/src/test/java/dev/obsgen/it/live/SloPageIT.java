package dev.obsgen.it.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.obsgen.definitions.metaflow.MetaflowNotifications;
import dev.obsgen.definitions.metaflow.MetaflowSlos;
import dev.obsgen.it.stack.Await;
import dev.obsgen.it.stack.LiveStack;
import dev.obsgen.it.stack.LiveStackExtension;
import dev.obsgen.it.stack.SyntheticExporter;
import dev.obsgen.model.slo.Slo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The page alert of the metadata API's availability SLO in the real Prometheus and Alertmanager: errors at 20 times
 * the budget's even pace page the critical receiver; errors at half the pace page no one.
 *
 * <p>Neither waits an hour. The 1h ratio divides sums over time of the recorded 5-minute bad and total rates, so with
 * steady traffic it equals the 5-minute ratio from the first recorded rate on, and the page alert has no {@code for}:
 * at the profile's 1-second scrape and evaluation interval it fires a few seconds after the traffic starts. What
 * this cannot show, how long each window is, the promtool scenarios derived from the SLO's factors test.
 *
 * <p>Each traffic runs on a stack of its own from its first scrape: every window of the SLI sums all series of both
 * counters, so on one stack the calm traffic's history would dilute the burning traffic's ratios, and the reverse.
 */
class SloPageIT {
    private static final Slo SLO = MetaflowSlos.all().stream().filter(s -> s.name().equals("api-availability"))
            .findFirst().orElseThrow();
    private static final String PAGE = SLO.alert() + "Page";
    private static final String SELECTOR = "{sloth_id=\"" + SLO.id() + "\"}";
    private static final double REQUESTS_PER_SECOND = 1000;

    @Nested
    @ExtendWith(LiveStackExtension.class)
    class BurningTwentyTimesTheBudgetPace {
        @Test
        void pagesTheCriticalReceiverThroughPagerDuty(LiveStack stack) {
            int pages = stack.pagerDuty().mark();
            double ratio = serve(stack.exporter(), 20);
            awaitRatios(stack, ratio);

            JsonNode firing = Await.until(PAGE + " is firing in Prometheus", () ->
                    stack.prometheus().alerts(PAGE, "firing").stream().findFirst());
            assertPageLabels(firing.path("labels"), firing);

            JsonNode page = stack.pagerDuty().awaitEvent(pages, "trigger", PAGE);
            JsonNode payload = page.path("payload");
            assertEquals("critical", payload.path("severity").asText(), page::toString);
            assertEquals(PAGE + ": SLO api-availability of metaflow-metadata burns its error budget too fast.",
                    payload.path("summary").asText(), page::toString);
            assertEquals(stack.runbookUrl("metadata-api-error-budget"),
                    payload.path("custom_details").path("runbook_url").asText(), page::toString);
            assertEquals("local-stack-routing-key", page.path("routing_key").asText(), page::toString);

            JsonNode held = AlertRoutingIT.awaitAlertmanagerState(stack.alertmanager(), PAGE, "active");
            assertPageLabels(held.path("labels"), held);
            assertEquals(List.of(MetaflowNotifications.CRITICAL), names(held.path("receivers")), held::toString);
        }

        private static void assertPageLabels(JsonNode labels, JsonNode alert) {
            assertEquals("critical", labels.path("severity").asText(), alert::toString);
            assertEquals("page", labels.path("sloth_severity").asText(), alert::toString);
            assertEquals("metaflow-metadata-api-availability", labels.path("sloth_id").asText(), alert::toString);
            assertEquals("metaflow-metadata", labels.path("sloth_service").asText(), alert::toString);
            assertEquals("api-availability", labels.path("sloth_slo").asText(), alert::toString);
        }
    }

    @Nested
    @ExtendWith(LiveStackExtension.class)
    class BurningHalfTheBudgetPace {
        /**
         * Once both ratios are recorded, the burning traffic's page reaches PagerDuty within an evaluation and
         * Alertmanager's group_wait (3 s); the calm traffic is watched for three times that.
         */
        private static final long WATCHED_MILLIS = 10_000;

        @Test
        void pagesNoOne(LiveStack stack) {
            int pages = stack.pagerDuty().mark();
            double ratio = serve(stack.exporter(), 0.5);
            awaitRatios(stack, ratio);
            Instant recorded = Instant.now();

            long end = System.nanoTime() + WATCHED_MILLIS * 1_000_000;
            while (System.nanoTime() < end) {
                assertEquals(List.of(), stack.prometheus().alerts(PAGE, "pending"), PAGE + " is pending");
                assertEquals(List.of(), stack.prometheus().alerts(PAGE, "firing"), PAGE + " is firing");
                sleep(250);
            }
            JsonNode rule = pageRule(stack);
            assertEquals("ok", rule.path("health").asText(), rule::toString);
            assertEquals("inactive", rule.path("state").asText(), rule::toString);
            assertTrue(Instant.parse(rule.path("lastEvaluation").asText()).isAfter(recorded.plusSeconds(5)),
                    () -> PAGE + " was not evaluated on the recorded ratios: " + rule);
            assertEquals(List.of(), stack.alertmanager().alerts(PAGE), "Alertmanager holds " + PAGE);
            assertFalse(stack.pagerDuty().mentions(pages, PAGE), () -> "the calm traffic paged: "
                    + stack.pagerDuty().receivedSince(pages));
            assertEquals(List.of(), stack.pagerDuty().receivedSince(pages), "the calm traffic paged");
        }
    }

    /**
     * Serves {@value #REQUESTS_PER_SECOND} metadata API requests a second, a share of them failing and counted as
     * errors too, so that the errors burn the budget {@code burn} times its even pace; returns that share.
     */
    private static double serve(SyntheticExporter exporter, double burn) {
        double ratio = burn * SLO.errorBudget();
        exporter.grow("metadata_requests_total", Map.of("endpoint", "/flows", "method", "GET", "code", "200"),
                REQUESTS_PER_SECOND * (1 - ratio));
        exporter.grow("metadata_requests_total", Map.of("endpoint", "/flows", "method", "GET", "code", "500"),
                REQUESTS_PER_SECOND * ratio);
        exporter.grow("metadata_errors_total", Map.of("endpoint", "/flows", "code", "500"), REQUESTS_PER_SECOND * ratio);
        return ratio;
    }

    /** Waits until the page's two windows, 5m and 1h, record the traffic's error ratio. */
    private static void awaitRatios(LiveStack stack, double ratio) {
        for (String window : List.of("5m", "1h")) {
            String selector = "slo:sli_error:ratio_rate" + window + SELECTOR;
            Await.until(selector + " records " + ratio, () -> {
                Optional<Double> value = stack.prometheus().single(selector);
                if (value.isEmpty() || Math.abs(value.get() - ratio) > ratio * 0.01) {
                    throw new IllegalStateException(selector + " = " + stack.prometheus().query(selector).samples());
                }
                return value;
            });
        }
    }

    /** The page alert's rule as Prometheus last evaluated it. */
    private static JsonNode pageRule(LiveStack stack) {
        for (JsonNode group : stack.prometheus().ruleGroups()) {
            for (JsonNode rule : group.path("rules")) {
                if (PAGE.equals(rule.path("name").asText())) {
                    return rule;
                }
            }
        }
        throw new IllegalStateException("Prometheus has not loaded " + PAGE);
    }

    private static List<String> names(JsonNode receivers) {
        return StreamSupport.stream(receivers.spliterator(), false).map(r -> r.path("name").asText()).toList();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while watching the calm traffic", e);
        }
    }
}
