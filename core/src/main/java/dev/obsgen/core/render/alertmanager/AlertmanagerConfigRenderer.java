package dev.obsgen.core.render.alertmanager;

import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.Renderer;
import dev.obsgen.core.render.YamlFormat;
import dev.obsgen.core.render.prometheus.SeriesText;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.Email;
import dev.obsgen.model.alerting.Inhibition;
import dev.obsgen.model.alerting.Integration;
import dev.obsgen.model.alerting.Matcher;
import dev.obsgen.model.alerting.NotificationPolicy;
import dev.obsgen.model.alerting.PagerDuty;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.alerting.SeverityRoute;
import dev.obsgen.model.alerting.Slack;
import dev.obsgen.model.alerting.TimeInterval;
import dev.obsgen.model.alerting.Webhook;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code alertmanager/alertmanager.yml}: a root route that groups, one child route per severity, inhibitions,
 * receivers whose secrets are {@code *_file} paths, and the time intervals routes are limited to.
 */
public final class AlertmanagerConfigRenderer implements Renderer {
    public static final String PATH = "alertmanager/alertmanager.yml";

    @Override
    public List<GeneratedFile> render(Observability model, RenderSettings settings) {
        return List.of(GeneratedFile.text(PATH, YamlFormat.write(document(model.notifications()), settings.header())));
    }

    static AlertmanagerConfigDocument document(NotificationPolicy policy) {
        List<AlertmanagerConfigDocument.Route> children = policy.routes().stream()
                .map(AlertmanagerConfigRenderer::route)
                .toList();
        AlertmanagerConfigDocument.Route root = new AlertmanagerConfigDocument.Route(policy.defaultReceiver(), null,
                nullIfEmpty(policy.groupBy()), policy.groupWait(), policy.groupInterval(), policy.repeatInterval(), null,
                null, nullIfEmpty(children));
        List<AlertmanagerConfigDocument.InhibitRule> inhibitions = policy.inhibitions().stream()
                .map(AlertmanagerConfigRenderer::inhibition)
                .toList();
        List<AlertmanagerConfigDocument.ReceiverConfig> receivers = policy.receivers().stream()
                .map(AlertmanagerConfigRenderer::receiver)
                .toList();
        List<AlertmanagerConfigDocument.NamedTimeInterval> intervals = policy.timeIntervals().stream()
                .map(AlertmanagerConfigRenderer::timeInterval)
                .toList();
        return new AlertmanagerConfigDocument(new AlertmanagerConfigDocument.Global("5m"), root, nullIfEmpty(inhibitions),
                receivers, nullIfEmpty(intervals));
    }

    private static AlertmanagerConfigDocument.Route route(SeverityRoute route) {
        return new AlertmanagerConfigDocument.Route(route.receiver(), List.of(matcher(Matcher.severity(route.severity()))),
                null, null, null, route.repeatInterval(), nullIfEmpty(route.activeTimeIntervals()), null, null);
    }

    private static AlertmanagerConfigDocument.InhibitRule inhibition(Inhibition inhibition) {
        return new AlertmanagerConfigDocument.InhibitRule(
                inhibition.source().stream().map(AlertmanagerConfigRenderer::matcher).toList(),
                inhibition.target().stream().map(AlertmanagerConfigRenderer::matcher).toList(),
                nullIfEmpty(inhibition.equal()));
    }

    /** Matcher values are always double-quoted, with PromQL escaping, so any value parses. */
    static String matcher(Matcher matcher) {
        return matcher.label() + matcher.op().symbol() + SeriesText.quote(matcher.value());
    }

    private static AlertmanagerConfigDocument.ReceiverConfig receiver(Receiver receiver) {
        List<AlertmanagerConfigDocument.PagerDutyConfig> pagerDuty = new ArrayList<>();
        List<AlertmanagerConfigDocument.SlackConfig> slack = new ArrayList<>();
        List<AlertmanagerConfigDocument.EmailConfig> email = new ArrayList<>();
        List<AlertmanagerConfigDocument.WebhookConfig> webhook = new ArrayList<>();
        for (Integration integration : receiver.integrations()) {
            if (integration instanceof PagerDuty p) {
                Map<String, String> details = new TreeMap<>();
                details.put("alertname", "{{ .CommonLabels.alertname }}");
                details.put("severity", "{{ .CommonLabels.severity }}");
                details.put("summary", "{{ .CommonAnnotations.summary }}");
                details.put("runbook_url", NotificationText.RUNBOOK);
                details.put("firing", "{{ .Alerts.Firing | len }}");
                pagerDuty.add(new AlertmanagerConfigDocument.PagerDutyConfig(p.sendResolved(), p.routingKeyFile().path(),
                        p.url(), NotificationText.PAGERDUTY_SEVERITY, NotificationText.PAGERDUTY_DESCRIPTION, details,
                        List.of(new AlertmanagerConfigDocument.Link(NotificationText.RUNBOOK, "Runbook"))));
            } else if (integration instanceof Slack s) {
                slack.add(new AlertmanagerConfigDocument.SlackConfig(s.sendResolved(), s.apiUrlFile().path(), s.channel(),
                        NotificationText.TITLE, NotificationText.RUNBOOK, NotificationText.BODY));
            } else if (integration instanceof Email e) {
                email.add(new AlertmanagerConfigDocument.EmailConfig(e.sendResolved(), e.to(), e.from(), e.smarthost(),
                        e.authUsername(), e.authPasswordFile() == null ? null : e.authPasswordFile().path(), e.requireTls(),
                        Map.of("Subject", NotificationText.SUBJECT), NotificationText.BODY));
            } else if (integration instanceof Webhook w) {
                webhook.add(new AlertmanagerConfigDocument.WebhookConfig(w.sendResolved(), w.url()));
            }
        }
        return new AlertmanagerConfigDocument.ReceiverConfig(receiver.name(), nullIfEmpty(pagerDuty), nullIfEmpty(slack),
                nullIfEmpty(email), nullIfEmpty(webhook));
    }

    private static AlertmanagerConfigDocument.NamedTimeInterval timeInterval(TimeInterval interval) {
        List<AlertmanagerConfigDocument.TimeRange> times = interval.times().stream()
                .map(c -> new AlertmanagerConfigDocument.TimeRange(c.start(), c.end()))
                .toList();
        return new AlertmanagerConfigDocument.NamedTimeInterval(interval.name(), List.of(
                new AlertmanagerConfigDocument.TimeSpec(nullIfEmpty(interval.weekdays()), nullIfEmpty(times),
                        interval.location())));
    }

    private static <T> List<T> nullIfEmpty(List<T> values) {
        return values == null || values.isEmpty() ? null : values;
    }
}
