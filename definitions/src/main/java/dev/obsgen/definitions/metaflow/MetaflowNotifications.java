package dev.obsgen.definitions.metaflow;

import dev.obsgen.model.alerting.Email;
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
 * The design's severity table as Alertmanager routing: critical pages PagerDuty and posts to Slack at any hour;
 * warning posts to Slack and mails during business hours; info notifies nobody. Secrets are files mounted beside
 * Alertmanager.
 */
public final class MetaflowNotifications {
    public static final String CRITICAL = "metaflow-critical";
    public static final String WARNING = "metaflow-warning";
    public static final String DASHBOARD_ONLY = "metaflow-dashboard-only";
    public static final String BUSINESS_HOURS = "business-hours";
    static final String SECRETS = "/etc/alertmanager/secrets/";

    private MetaflowNotifications() {
    }

    public static NotificationPolicy policy() {
        Slack slack = Slack.channel("#metaflow-alerts", SECRETS + "slack-api-url");
        return NotificationPolicy.builder()
                .groupBy("alertname", "job")
                .groupWait("30s")
                .groupInterval("5m")
                .repeatInterval("4h")
                .defaultReceiver(WARNING)
                .withRoute(SeverityRoute.always(Severity.CRITICAL, CRITICAL).repeatInterval("1h"))
                .withRoute(SeverityRoute.during(Severity.WARNING, WARNING, BUSINESS_HOURS))
                .withRoute(SeverityRoute.always(Severity.INFO, DASHBOARD_ONLY))
                .withReceiver(Receiver.named(CRITICAL,
                        PagerDuty.routingKeyFile(SECRETS + "pagerduty-routing-key"), slack))
                .withReceiver(Receiver.named(WARNING, slack,
                        Email.to("metaflow-oncall@example.com").from("alertmanager@example.com")
                                .smarthost("smtp.example.com:587")
                                .auth("alertmanager@example.com", SECRETS + "smtp-password")))
                .withReceiver(Receiver.named(DASHBOARD_ONLY))
                .withInhibition(new Inhibition(
                        List.of(Matcher.severity(Severity.CRITICAL), Matcher.eq("alertname", "MetadataServiceDown")),
                        List.of(Matcher.severity(Severity.WARNING), Matcher.eq("alertname", "HighRunFailureRate")),
                        List.of()))
                .withTimeInterval(TimeInterval.weekdays(BUSINESS_HOURS, "monday:friday", "09:00", "17:00",
                        "America/Los_Angeles"))
                .build();
    }
}
