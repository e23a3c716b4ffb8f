package dev.obsgen.core.verify;

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

/** A small shop: two static jobs, a counter, a gauge and a histogram each side, a recording rule and an alert. */
public final class VerifyShopModel implements ObservabilityDefinition {
    public static final String ORDERS_TARGET = "orders.shop:8080";
    public static final String PAYMENTS_TARGET = "payments.shop:8080";

    @Override
    public Observability define() {
        return Observability.named("shop")
                .prometheus(new PrometheusSettings("15s", "10s", "15s", Map.of(), List.of("alertmanager:9093")))
                .withScrapeJob(ScrapeJob.named("orders").interval("15s")
                        .discovery(StaticDiscovery.of(ORDERS_TARGET)).build())
                .withScrapeJob(ScrapeJob.named("payments")
                        .discovery(StaticDiscovery.of(PAYMENTS_TARGET)).build())
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
                .withRuleGroup(RuleGroup.named("shop")
                        .withRule(Rule.record("job:orders_placed:rate5m")
                                .expr("sum by (job) (rate(orders_placed_total[5m]))")
                                .withExample(RecordingExample.named("steady").at("10m")
                                        .withInput(Series.of("orders_placed_total").label("job", "orders")
                                                .label("status", "ok").values("0+60x15"))
                                        .withSample(1, "job", "orders")))
                        .withRule(Rule.alert("PaymentsBacklog")
                                .expr("payments_pending > 100").forDuration("10m").severity(Severity.WARNING)
                                .summary("Payments back up.")
                                .description("{{ $value }} payments wait for the bank.")
                                .runbook("payments-backlog")
                                .withScenario(AlertScenario.fires("backlog").at("20m")
                                        .withInput(Series.of("payments_pending").label("job", "payments")
                                                .values("150x30"))
                                        .withAlert(Map.of("job", "payments"),
                                                Map.of("description", "150 payments wait for the bank.")))
                                .withScenario(AlertScenario.calm("empty").at("20m")
                                        .withInput(Series.of("payments_pending").label("job", "payments")
                                                .values("5x30"))))
                        .build())
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
}
