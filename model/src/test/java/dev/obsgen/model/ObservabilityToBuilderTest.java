package dev.obsgen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.obsgen.model.alerting.NotificationPolicy;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.alerting.Webhook;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PrometheusTarget;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.scrape.ScrapeJob;
import dev.obsgen.model.trace.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code toBuilder()} copies a model whole; on the copy, {@code with…} appends and the list setters replace. */
class ObservabilityToBuilderTest {
    private static final Metric REQUESTS = Metric.counter("http_requests_total").help("Requests.").job("api").build();
    private static final Metric QUEUE = Metric.gauge("queue_depth").help("Queue depth.").job("api").build();

    private static Observability.Builder platform() {
        return Observability.named("shop")
                .withMetric(REQUESTS)
                .withRuleGroup(RuleGroup.named("shop").withRule(Rule.record("job:http_requests:rate5m")
                        .expr("sum by (job) (rate(http_requests_total[5m]))")))
                .withScrapeJob(ScrapeJob.named("api"))
                .notifications(NotificationPolicy.builder()
                        .withReceiver(Receiver.named("team", Webhook.url("http://alerts.example/hook"))).build())
                .runbookUrlPattern("https://runbooks.example/%s")
                .withCorrection(new DesignCorrection("metric a", "a gauge", "a counter", "the exporter counts"))
                .withDashboard(Dashboard.builder("shop-overview", "Shop")
                        .withPanel(Panel.timeseries("Requests").withTarget(PrometheusTarget.builder("up"))))
                .withSpan(Span.root("shop.order"));
    }

    @Test
    void aModelRebuiltFromItsBuilderEqualsIt() {
        Observability model = platform().build();
        assertEquals(model, model.toBuilder().build());
    }

    @Test
    void aTeamModelKeepsItsTeamAndPlatform() {
        Observability team = Observability.team("training").on(platform()).withMetric(QUEUE).build();
        assertEquals(team, team.toBuilder().build());
        assertEquals(team.team(), team.toBuilder().build().team());
    }

    @Test
    void withAppends() {
        Observability model = platform().build();
        Observability more = model.toBuilder().withMetric(QUEUE).withMetrics(List.of(QUEUE)).build();
        assertEquals(List.of(REQUESTS, QUEUE, QUEUE), more.metrics());
        assertEquals(List.of(REQUESTS), model.metrics(), "the record itself is unchanged");
        assertEquals(model.ruleGroups(), more.ruleGroups());
    }

    @Test
    void listSettersReplace() {
        Observability model = platform().build();
        Observability replaced = model.toBuilder().metrics(List.of(QUEUE)).ruleGroups(List.of()).dashboards(List.of())
                .scrapeJobs(List.of()).spans(List.of()).slos(List.of()).corrections(List.of()).build();
        assertEquals(List.of(QUEUE), replaced.metrics());
        assertEquals(List.of(), replaced.ruleGroups());
        assertEquals(List.of(), replaced.dashboards());
        assertEquals(List.of(), replaced.scrapeJobs());
        assertEquals(List.of(), replaced.spans());
        assertEquals(List.of(), replaced.corrections());
        assertEquals(model.notifications(), replaced.notifications());
        assertNotEquals(model, replaced);
    }

    @Test
    void aWithTakesTheElementsBuilder() {
        Observability built = Observability.named("m").withMetric(Metric.counter("a_total").help("A."))
                .withRuleGroup(RuleGroup.named("g")).withScrapeJob(ScrapeJob.named("api")).build();
        Observability declared = Observability.named("m").withMetric(Metric.counter("a_total").help("A.").build())
                .withRuleGroup(RuleGroup.named("g").build()).withScrapeJob(ScrapeJob.named("api").build()).build();
        assertEquals(declared, built);
    }
}
