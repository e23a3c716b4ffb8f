package dev.obsgen.it.tools;

import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.NotificationPolicy;
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

/** A model whose labels, annotations and series values hold a quote, a colon, a {@code #} and a newline. */
final class AwkwardModel {
    static final String TEXT = "it said \"no\": #42\nand: stopped";
    static final String QUEUE = "eu: \"orders\" #1";

    private AwkwardModel() {
    }

    static Observability model() {
        return Observability.named("awkward")
                .withMetric(Metric.gauge("queue_depth").help("Items: \"waiting\" # now").withLabels("queue").job("app").build())
                .withScrapeJob(ScrapeJob.named("app").discovery(StaticDiscovery.of("app:80")).build())
                .withRuleGroup(RuleGroup.named("awkward")
                        .withRule(Rule.alert("QueueDeep")
                                .expr("queue_depth > 10")
                                .forDuration("1m")
                                .severity(Severity.CRITICAL)
                                .label("note", TEXT)
                                .summary("Queue \"deep\": #1 priority.")
                                .description("Queue {{ $labels.queue }} holds {{ $value }}: " + TEXT)
                                .annotation("extra", TEXT)
                                .runbook("queue-deep")
                                .withScenario(AlertScenario.fires("deep").at("5m")
                                        .withInput(Series.of("queue_depth").label("queue", QUEUE).values("20x10"))
                                        .withAlert(Map.of("queue", QUEUE),
                                                Map.of("description", "Queue " + QUEUE + " holds 20: " + TEXT)))
                                .withScenario(AlertScenario.calm("shallow").at("5m")
                                        .withInput(Series.of("queue_depth").label("queue", QUEUE).values("1x10"))))
                        .build())
                .notifications(NotificationPolicy.builder()
                        .defaultReceiver("chat")
                        .withRoute(SeverityRoute.always(Severity.CRITICAL, "chat"))
                        .withRoute(SeverityRoute.always(Severity.WARNING, "chat"))
                        .withRoute(SeverityRoute.always(Severity.INFO, "chat"))
                        .withReceiver(Receiver.named("chat", Slack.channel("#ops: \"main\"", "/run/secrets/slack")))
                        .build())
                .runbookUrlPattern("https://runbooks.example.com/%s?from=\"obsgen\"#top")
                .build();
    }
}
