package dev.obsgen.it.live;

import dev.obsgen.model.Observability;
import dev.obsgen.model.ObservabilityDefinition;
import dev.obsgen.model.PrometheusSettings;
import dev.obsgen.model.alerting.NotificationPolicy;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.alerting.SeverityRoute;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.metric.Unit;
import dev.obsgen.model.rule.AlertScenario;
import dev.obsgen.model.rule.RecordingExample;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.rule.Series;
import dev.obsgen.model.scrape.ScrapeJob;
import dev.obsgen.model.scrape.StaticDiscovery;
import java.util.List;
import java.util.Map;

/**
 * A small shop for {@link VerifyIT}: job {@code orders} and job {@code payments}, scraped every second, a counter,
 * a gauge and a histogram each, two recording rules and an alert. Its targets are the exporters' loopback addresses,
 * which exist only once they listen, so the model reads them from the system properties {@link #ORDERS} and
 * {@link #PAYMENTS} (the CLI loads it by class name).
 */
public final class VerifyShop implements ObservabilityDefinition {
    static final String ORDERS = "obsgen.it.verify.orders";
    static final String PAYMENTS = "obsgen.it.verify.payments";

    @Override
    public Observability define() {
        return model(System.getProperty(ORDERS, "127.0.0.1:1"), System.getProperty(PAYMENTS, "127.0.0.1:1"));
    }

    /** The model as declared: what the exporters and the server should match. */
    static Observability model(String ordersTarget, String paymentsTarget) {
        return shop(ordersTarget, paymentsTarget, "1s", List.of(ordersRate(), paymentsRate(), backlog("100")));
    }

    /**
     * What the server is made to run instead: job {@code payments} scraped every 2s, the payments rate not loaded,
     * and the backlog alert at another threshold.
     */
    static Observability served(String ordersTarget, String paymentsTarget) {
        return shop(ordersTarget, paymentsTarget, "2s", List.of(ordersRate(), backlog("1000")));
    }

    /**
     * The metrics the drifting exporter serves for job {@code payments}: {@code payments_pending} renamed, an
     * undeclared label {@code region} and a method outside the closed set allowed, and the refunds counter served
     * as a gauge. Only its metrics are used.
     */
    static Observability drifted() {
        return Observability.named("shop-drifted")
                .withScrapeJob(ScrapeJob.named("payments").discovery(StaticDiscovery.of("127.0.0.1:1")).build())
                .withMetric(Metric.counter("payments_processed_total").help("Payments processed, by method.")
                        .withLabel("method", "card", "transfer", "cash").withLabels("region").job("payments").build())
                .withMetric(Metric.gauge("payments_pending_items").help("Payments waiting for the bank.")
                        .job("payments").build())
                .withMetric(Metric.gauge("payments_refunds_total").help("Refunds issued.").job("payments").build())
                .withMetric(Metric.histogram("payments_latency_seconds").help("Time to settle a payment.")
                        .unit(Unit.SECONDS).buckets(0.5, 5).job("payments").build())
                .build();
    }

    private static Observability shop(String ordersTarget, String paymentsTarget, String paymentsInterval,
                                      List<Rule> rules) {
        RuleGroup.Builder group = RuleGroup.named("shop");
        rules.forEach(group::withRule);
        return Observability.named("shop")
                // Nothing listens on port 9 (discard): alerts have nowhere to go, which this test does not need.
                .prometheus(new PrometheusSettings("1s", "1s", "1s", Map.of(), List.of("127.0.0.1:9")))
                .withScrapeJob(ScrapeJob.named("orders").interval("1s").discovery(StaticDiscovery.of(ordersTarget)).build())
                .withScrapeJob(ScrapeJob.named("payments").interval(paymentsInterval)
                        .discovery(StaticDiscovery.of(paymentsTarget)).build())
                .withMetric(Metric.counter("orders_placed_total").help("Orders placed, by outcome.")
                        .withLabel("status", "ok", "failed").job("orders").build())
                .withMetric(Metric.gauge("orders_queue_depth").help("Orders waiting, by queue.")
                        .withLabels("queue").job("orders").build())
                .withMetric(Metric.histogram("orders_latency_seconds").help("Time to place an order.")
                        .unit(Unit.SECONDS).buckets(0.1, 1).job("orders").build())
                .withMetric(Metric.counter("payments_processed_total").help("Payments processed, by method.")
                        .withLabel("method", "card", "transfer").job("payments").build())
                .withMetric(Metric.gauge("payments_pending").help("Payments waiting for the bank.")
                        .job("payments").build())
                .withMetric(Metric.counter("payments_refunds_total").help("Refunds issued.").job("payments").build())
                .withMetric(Metric.histogram("payments_latency_seconds").help("Time to settle a payment.")
                        .unit(Unit.SECONDS).buckets(0.5, 5).job("payments").build())
                .withRuleGroup(group.build())
                .notifications(NotificationPolicy.builder()
                        .groupBy("alertname").defaultReceiver("team")
                        .withRoute(SeverityRoute.always(Severity.CRITICAL, "team"))
                        .withRoute(SeverityRoute.always(Severity.WARNING, "team"))
                        .withRoute(SeverityRoute.always(Severity.INFO, "team"))
                        .withReceiver(Receiver.named("team"))
                        .build())
                .runbookUrlPattern("https://runbooks.example.com/%s.md")
                .build();
    }

    private static Rule ordersRate() {
        return Rule.record("job:orders_placed:rate5m")
                .expr("sum by (job) (rate(orders_placed_total[5m]))")
                .withExample(RecordingExample.named("steady").at("10m")
                        .withInput(Series.of("orders_placed_total").label("job", "orders").label("status", "ok")
                                .values("0+60x15"))
                        .withSample(1, "job", "orders"))
                .build();
    }

    private static Rule paymentsRate() {
        return Rule.record("job:payments_processed:rate5m")
                .expr("sum by (job, method) (rate(payments_processed_total[5m]))")
                .withExample(RecordingExample.named("steady").at("10m")
                        .withInput(Series.of("payments_processed_total").label("job", "payments")
                                .label("method", "card").values("0+60x15"))
                        .withSample(1, "job", "payments", "method", "card"))
                .build();
    }

    private static Rule backlog(String threshold) {
        return Rule.alert("PaymentsBacklog")
                .expr("payments_pending > " + threshold).forDuration("10m").severity(Severity.WARNING)
                .summary("Payments back up.")
                .description("{{ $value }} payments wait for the bank.")
                .runbook("payments-backlog")
                .withScenario(AlertScenario.fires("backlog").at("20m")
                        .withInput(Series.of("payments_pending").label("job", "payments").values("5000x30"))
                        .withAlert(Map.of("job", "payments"),
                                Map.of("description", "5000 payments wait for the bank.")))
                .withScenario(AlertScenario.calm("empty").at("20m")
                        .withInput(Series.of("payments_pending").label("job", "payments").values("5x30")))
                .build();
    }
}
