package demo;

import dev.obsgen.model.Observability;
import dev.obsgen.model.ObservabilityDefinition;
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

public final class DemoObservability implements ObservabilityDefinition {
    static Severity severity = Severity.WARNING;

    @Override
    public Observability define() {
        return Observability.named("demo")
                .withMetric(Metric.gauge("queue_depth").help("Items waiting.").job("app").build())
                .withScrapeJob(ScrapeJob.named("app").discovery(StaticDiscovery.of("app:8080")).build())
                .withRuleGroup(RuleGroup.named("demo").withRule(Rule.alert("QueueDeep")
                        .expr("queue_depth > 10").forDuration("5m").severity(severity)
                        .summary("Queue is deep.").description("The queue holds too many items.").runbook("queue-deep")
                        .withScenario(AlertScenario.fires("deep").at("10m")
                                .withInput(Series.of("queue_depth").values("20x20")))
                        .withScenario(AlertScenario.calm("shallow").at("10m")
                                .withInput(Series.of("queue_depth").values("1x20"))))
                        .build())
                .notifications(NotificationPolicy.builder().defaultReceiver("chat")
                        .withRoute(SeverityRoute.always(Severity.CRITICAL, "chat"))
                        .withRoute(SeverityRoute.always(Severity.WARNING, "chat"))
                        .withRoute(SeverityRoute.always(Severity.INFO, "chat"))
                        .withReceiver(Receiver.named("chat", Slack.channel("#demo", "/run/secrets/slack")))
                        .build())
                .build();
    }
}
