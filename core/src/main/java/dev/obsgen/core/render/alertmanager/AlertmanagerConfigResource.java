package dev.obsgen.core.render.alertmanager;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The shape of a Prometheus Operator {@code AlertmanagerConfig} ({@code monitoring.coreos.com/v1alpha1}), limited to
 * what the model expresses. Field names are the CRD's (camelCase, {@code apiURL}, {@code requireTLS}), not
 * alertmanager.yml's; {@code core/src/test/resources/schema/} holds the schema they are checked against.
 */
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec"})
record AlertmanagerConfigResource(String apiVersion, String kind, Metadata metadata, Spec spec) {

    @JsonPropertyOrder({"name", "namespace", "labels"})
    record Metadata(String name, String namespace, Map<String, String> labels) {
    }

    @JsonPropertyOrder({"route", "receivers", "inhibitRules", "muteTimeIntervals"})
    record Spec(Route route, List<Receiver> receivers, List<InhibitRule> inhibitRules,
                List<MuteTimeInterval> muteTimeIntervals) {
    }

    @JsonPropertyOrder({"receiver", "matchers", "groupBy", "groupWait", "groupInterval", "repeatInterval",
        "activeTimeIntervals", "continue", "routes"})
    record Route(String receiver, List<Matcher> matchers, List<String> groupBy, String groupWait, String groupInterval,
                 String repeatInterval, List<String> activeTimeIntervals,
                 @JsonProperty("continue") Boolean continueMatching, List<Route> routes) {
    }

    /** {@code matchType} is one of {@code =}, {@code !=}, {@code =~}, {@code !~}; the value is never escaped by hand. */
    @JsonPropertyOrder({"name", "value", "matchType"})
    record Matcher(String name, String value, String matchType) {
    }

    @JsonPropertyOrder({"name", "pagerdutyConfigs", "slackConfigs", "emailConfigs", "webhookConfigs"})
    record Receiver(String name, List<PagerDutyConfig> pagerdutyConfigs, List<SlackConfig> slackConfigs,
                    List<EmailConfig> emailConfigs, List<WebhookConfig> webhookConfigs) {
    }

    /** A key of a Kubernetes Secret in the resource's namespace: the operator reads the value, we never write it. */
    @JsonPropertyOrder({"name", "key"})
    record SecretKeySelector(String name, String key) {
    }

    @JsonPropertyOrder({"key", "value"})
    record KeyValue(String key, String value) {
    }

    /**
     * No {@code description}: the CRD gained that field only in recent operator releases, and an API server with an
     * older CRD would drop it without a word; PagerDuty then shows Alertmanager's default summary line.
     */
    @JsonPropertyOrder({"sendResolved", "routingKey", "url", "severity", "details", "pagerDutyLinkConfigs"})
    record PagerDutyConfig(boolean sendResolved, SecretKeySelector routingKey, String url, String severity,
                           List<KeyValue> details, List<PagerDutyLink> pagerDutyLinkConfigs) {
    }

    @JsonPropertyOrder({"href", "alt"})
    record PagerDutyLink(String href, String alt) {
    }

    @JsonPropertyOrder({"sendResolved", "apiURL", "channel", "title", "titleLink", "text"})
    record SlackConfig(boolean sendResolved, @JsonProperty("apiURL") SecretKeySelector apiURL, String channel,
                       String title, String titleLink, String text) {
    }

    @JsonPropertyOrder({"sendResolved", "to", "from", "smarthost", "authUsername", "authPassword", "requireTLS",
        "headers", "text"})
    record EmailConfig(boolean sendResolved, String to, String from, String smarthost, String authUsername,
                       SecretKeySelector authPassword, @JsonProperty("requireTLS") boolean requireTLS,
                       List<KeyValue> headers, String text) {
    }

    @JsonPropertyOrder({"sendResolved", "url"})
    record WebhookConfig(boolean sendResolved, String url) {
    }

    @JsonPropertyOrder({"sourceMatch", "targetMatch", "equal"})
    record InhibitRule(List<Matcher> sourceMatch, List<Matcher> targetMatch, List<String> equal) {
    }

    @JsonPropertyOrder({"name", "timeIntervals"})
    record MuteTimeInterval(String name, List<TimeSpec> timeIntervals) {
    }

    @JsonPropertyOrder({"weekdays", "times"})
    record TimeSpec(List<String> weekdays, List<TimeRange> times) {
    }

    @JsonPropertyOrder({"startTime", "endTime"})
    record TimeRange(String startTime, String endTime) {
    }
}
