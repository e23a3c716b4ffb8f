package dev.obsgen.core.render.alertmanager;

import dev.obsgen.core.SampleModel;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.Inhibition;
import dev.obsgen.model.alerting.Matcher;
import dev.obsgen.model.alerting.NotificationPolicy;
import dev.obsgen.model.alerting.PagerDuty;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.alerting.SeverityRoute;
import dev.obsgen.model.alerting.Slack;
import dev.obsgen.model.alerting.TimeInterval;
import java.util.List;

/**
 * Team {@code training} in namespace {@code ml-training}, on the sample platform: pages go to PagerDuty at any time,
 * warnings to Slack in office hours, and a firing critical alert mutes the warnings of the same alert name.
 */
final class TeamRoutingModel {
    static final String SLACK_URL_FILE = "/run/secrets/training-slack-url";
    static final String PAGERDUTY_KEY_FILE = "/run/secrets/training-pagerduty-key";

    private TeamRoutingModel() {
    }

    static NotificationPolicy.Builder policy() {
        return NotificationPolicy.builder()
                .groupBy("alertname", "queue")
                .groupWait("30s").groupInterval("5m").repeatInterval("4h")
                .defaultReceiver("training-chat")
                .withRoute(SeverityRoute.always(Severity.CRITICAL, "training-pager").repeatInterval("1h"))
                .withRoute(SeverityRoute.during(Severity.WARNING, "training-chat", "training-hours"))
                .withReceiver(Receiver.named("training-pager", PagerDuty.routingKeyFile(PAGERDUTY_KEY_FILE)))
                .withReceiver(Receiver.named("training-chat", Slack.channel("#ml-training", SLACK_URL_FILE)))
                .withInhibition(new Inhibition(List.of(Matcher.severity(Severity.CRITICAL)),
                        List.of(Matcher.severity(Severity.WARNING)), List.of("alertname")))
                .withTimeInterval(TimeInterval.weekdays("training-hours", "monday:friday", "08:00", "18:00", "UTC"));
    }

    static Observability team(NotificationPolicy policy) {
        return Observability.team("training").namespace("ml-training").on(SampleModel.model())
                .notifications(policy)
                .build();
    }

    static Observability model() {
        return team(policy().build());
    }
}
