package dev.obsgen.core.render.alertmanager;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/** The shape of {@code alertmanager.yml} (Alertmanager 0.25 and later), limited to what the model expresses. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"global", "route", "inhibit_rules", "receivers", "time_intervals"})
record AlertmanagerConfigDocument(Global global, Route route, List<InhibitRule> inhibitRules, List<ReceiverConfig> receivers,
                                  List<NamedTimeInterval> timeIntervals) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Global(String resolveTimeout) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"receiver", "matchers", "group_by", "group_wait", "group_interval", "repeat_interval",
        "active_time_intervals", "continue", "routes"})
    record Route(String receiver, List<String> matchers, List<String> groupBy, String groupWait, String groupInterval,
                 String repeatInterval, List<String> activeTimeIntervals,
                 @JsonProperty("continue") Boolean continueMatching, List<Route> routes) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"source_matchers", "target_matchers", "equal"})
    record InhibitRule(List<String> sourceMatchers, List<String> targetMatchers, List<String> equal) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"name", "pagerduty_configs", "slack_configs", "email_configs", "webhook_configs"})
    record ReceiverConfig(String name, @JsonProperty("pagerduty_configs") List<PagerDutyConfig> pagerdutyConfigs,
                          List<SlackConfig> slackConfigs, List<EmailConfig> emailConfigs,
                          List<WebhookConfig> webhookConfigs) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"send_resolved", "routing_key_file", "url", "severity", "description", "details", "links"})
    record PagerDutyConfig(boolean sendResolved, String routingKeyFile, String url, String severity, String description,
                           Map<String, String> details, List<Link> links) {
    }

    record Link(String href, String text) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"send_resolved", "api_url_file", "channel", "title", "title_link", "text"})
    record SlackConfig(boolean sendResolved, String apiUrlFile, String channel, String title, String titleLink, String text) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"send_resolved", "to", "from", "smarthost", "auth_username", "auth_password_file", "require_tls",
        "headers", "text"})
    record EmailConfig(boolean sendResolved, String to, String from, String smarthost, String authUsername,
                       String authPasswordFile, boolean requireTls, Map<String, String> headers, String text) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"send_resolved", "url"})
    record WebhookConfig(boolean sendResolved, String url) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"name", "time_intervals"})
    record NamedTimeInterval(String name, List<TimeSpec> timeIntervals) {
    }

    @JsonPropertyOrder({"weekdays", "times", "location"})
    record TimeSpec(List<String> weekdays, List<TimeRange> times, String location) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"start_time", "end_time"})
    record TimeRange(String startTime, String endTime) {
    }
}
