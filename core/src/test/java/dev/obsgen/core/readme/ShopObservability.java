package dev.obsgen.core.readme;

import dev.obsgen.model.Observability;
import dev.obsgen.model.ObservabilityDefinition;
import dev.obsgen.model.alerting.NotificationPolicy;
import dev.obsgen.model.alerting.PagerDuty;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.alerting.SeverityRoute;
import dev.obsgen.model.alerting.Slack;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.rule.AlertScenario;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.rule.Series;
import dev.obsgen.model.scrape.ScrapeJob;
import dev.obsgen.model.scrape.StaticDiscovery;
import java.util.Map;

/** The model of the README, verbatim: {@code ReadmeExampleTest} keeps the two the same. */
public final class ShopObservability implements ObservabilityDefinition {
    @Override
    public Observability define() {
        return Observability.named("shop")
                .withMetric(Metric.gauge("queue_depth").help("Items waiting.").withLabels("queue").job("api").build())
                .withScrapeJob(ScrapeJob.named("api").interval("15s").discovery(StaticDiscovery.of("api:8080")).build())
                .withRuleGroup(RuleGroup.named("shop").withRule(Rule.alert("QueueBacklog")
                        .expr("queue_depth > 100").forDuration("10m").severity(Severity.WARNING)
                        .summary("Queue backlog.")
                        .description("Queue {{ $labels.queue }} holds {{ $value }} items.")
                        .runbook("queue-backlog")
                        .withScenario(AlertScenario.fires("deep queue").at("20m")
                                .withInput(Series.of("queue_depth").label("queue", "orders").values("150x30"))
                                .withAlert(Map.of("queue", "orders"),
                                        Map.of("description", "Queue orders holds 150 items.")))
                        .withScenario(AlertScenario.calm("shallow queue").at("20m")
                                .withInput(Series.of("queue_depth").label("queue", "orders").values("5x30"))))
                        .build())
                .notifications(NotificationPolicy.builder()
                        .groupBy("alertname").defaultReceiver("team")
                        .withRoute(SeverityRoute.always(Severity.CRITICAL, "pager"))
                        .withRoute(SeverityRoute.always(Severity.WARNING, "team"))
                        .withRoute(SeverityRoute.always(Severity.INFO, "nobody"))
                        .withReceiver(Receiver.named("pager", PagerDuty.routingKeyFile("/run/secrets/pagerduty-key")))
                        .withReceiver(Receiver.named("team", Slack.channel("#shop", "/run/secrets/slack-url")))
                        .withReceiver(Receiver.named("nobody"))
                        .build())
                .runbookUrlPattern("https://git.example.com/ops/runbooks/%s.md")
                .build();
    }
}
