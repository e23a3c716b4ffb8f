package dev.obsgen.core.render.alertmanager;

import static dev.obsgen.core.render.YamlFormat.nullIfEmpty;

import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.Renderer;
import dev.obsgen.core.render.YamlFormat;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.Inhibition;
import dev.obsgen.model.alerting.Matcher;
import dev.obsgen.model.alerting.NotificationPolicy;
import dev.obsgen.model.alerting.PagerDuty;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.alerting.SeverityRoute;
import dev.obsgen.model.alerting.TimeInterval;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code kubernetes/<team>-alertmanagerconfig.yaml}: a team's routing as one Prometheus Operator
 * {@code AlertmanagerConfig} ({@code monitoring.coreos.com/v1alpha1}) in the team's namespace, for clusters where the
 * operator assembles Alertmanager's configuration from every team's resource.
 *
 * <p>The resource is named after the team alone: the operator prefixes each receiver and time interval with
 * {@code <namespace>/<resource name>/}, so the name shows up in the merged configuration, in amtool and in webhook
 * payloads, and the kind already says it is routing. Its top route matches the platform's owner label (which every team alert carries), so it
 * routes only the team's alerts whether or not the operator also adds its namespace matcher.
 *
 * <p>Secrets: the CRD takes a key of a Kubernetes Secret where alertmanager.yml takes a {@code *_file} path. Each
 * secret is the key named after its file ({@code /run/secrets/slack-url} is key {@code slack-url}) in the Secret
 * {@code <team>}{@value #SECRET_SUFFIX} of the team's namespace; that Secret, mounted at the directory of the model's
 * paths, also serves the plain alertmanager.yml. No secret value or path is written.
 *
 * <p>Time intervals are read in UTC: the CRD has no location for them, so an interval the model gives in another
 * zone keeps its clock times and is shifted by that zone's offset.
 *
 * <p>Renders nothing for a platform model, or for a team that declares no notification policy.
 */
public final class AlertmanagerConfigResourceRenderer implements Renderer {
    public static final String API_VERSION = "monitoring.coreos.com/v1alpha1";
    public static final String KIND = "AlertmanagerConfig";
    /** The team's Secret is {@code <team>-alertmanager-secrets}. */
    public static final String SECRET_SUFFIX = "-alertmanager-secrets";

    public static String path(Observability team) {
        return "kubernetes/" + team.name() + "-alertmanagerconfig.yaml";
    }

    /** The Secret in the team's namespace whose keys are the file names of the team's secret files. */
    public static String secretName(Observability team) {
        return team.name() + SECRET_SUFFIX;
    }

    @Override
    public List<GeneratedFile> render(Observability model, RenderSettings settings) {
        if (!model.isTeam() || model.notifications() == null) {
            return List.of();
        }
        return List.of(GeneratedFile.text(path(model), YamlFormat.write(resource(model), settings.header())));
    }

    static AlertmanagerConfigResource resource(Observability team) {
        Map<String, String> labels = new TreeMap<>();
        labels.put("app.kubernetes.io/managed-by", "obsgen");
        labels.put("app.kubernetes.io/part-of", team.name());
        AlertmanagerConfigResource.Metadata metadata =
                new AlertmanagerConfigResource.Metadata(team.name(), team.team().namespace(), labels);
        return new AlertmanagerConfigResource(API_VERSION, KIND, metadata, spec(team));
    }

    private static AlertmanagerConfigResource.Spec spec(Observability team) {
        NotificationPolicy policy = team.notifications();
        String ownerLabel = team.team().platform().prometheus().ownerLabel();
        List<AlertmanagerConfigResource.Route> children = policy.routes().stream()
                .map(AlertmanagerConfigResourceRenderer::route)
                .toList();
        // No continue here: the operator sets continue: true on every resource's top route, so that the routes of
        // other teams and the platform still see the alert.
        AlertmanagerConfigResource.Route root = new AlertmanagerConfigResource.Route(policy.defaultReceiver(),
                List.of(matcher(Matcher.eq(ownerLabel, team.name()))), nullIfEmpty(policy.groupBy()),
                policy.groupWait(), policy.groupInterval(), policy.repeatInterval(), null, null, nullIfEmpty(children));
        SecretKeys secrets = new SecretKeys(secretName(team));
        List<AlertmanagerConfigResource.Receiver> receivers = policy.receivers().stream()
                .map(receiver -> receiver(receiver, secrets))
                .toList();
        // Limited to the team's alerts, as in the composed alertmanager.yml, whatever matcher strategy the operator
        // runs with.
        Matcher owner = Matcher.eq(ownerLabel, team.name());
        List<AlertmanagerConfigResource.InhibitRule> inhibitions = policy.inhibitions().stream()
                .map(inhibition -> inhibition(inhibition, owner))
                .toList();
        List<AlertmanagerConfigResource.MuteTimeInterval> intervals = policy.timeIntervals().stream()
                .map(AlertmanagerConfigResourceRenderer::timeInterval)
                .toList();
        return new AlertmanagerConfigResource.Spec(root, receivers, nullIfEmpty(inhibitions), nullIfEmpty(intervals));
    }

    /** First match wins among the severities: continue: false, so a critical alert is not also sent as a warning. */
    private static AlertmanagerConfigResource.Route route(SeverityRoute route) {
        return new AlertmanagerConfigResource.Route(route.receiver(), List.of(matcher(Matcher.severity(route.severity()))),
                null, null, null, route.repeatInterval(), nullIfEmpty(route.activeTimeIntervals()), false, null);
    }

    private static AlertmanagerConfigResource.Matcher matcher(Matcher matcher) {
        return new AlertmanagerConfigResource.Matcher(matcher.label(), matcher.value(), matcher.op().symbol());
    }

    private static AlertmanagerConfigResource.InhibitRule inhibition(Inhibition inhibition, Matcher owner) {
        return new AlertmanagerConfigResource.InhibitRule(matchers(inhibition.source(), owner),
                matchers(inhibition.target(), owner), nullIfEmpty(inhibition.equal()));
    }

    private static List<AlertmanagerConfigResource.Matcher> matchers(List<Matcher> matchers, Matcher owner) {
        List<AlertmanagerConfigResource.Matcher> all = new ArrayList<>();
        matchers.forEach(m -> all.add(matcher(m)));
        all.add(matcher(owner));
        return all;
    }

    private static AlertmanagerConfigResource.Receiver receiver(Receiver receiver, SecretKeys secrets) {
        var configs = ReceiverIntegrations.of(receiver,
                p -> pagerDuty(p, secrets),
                s -> new AlertmanagerConfigResource.SlackConfig(s.sendResolved(), secrets.select(s.apiUrlFile()),
                        s.channel(), NotificationText.TITLE, NotificationText.RUNBOOK, NotificationText.BODY),
                e -> new AlertmanagerConfigResource.EmailConfig(e.sendResolved(), e.to(), nullIfBlank(e.from()),
                        nullIfBlank(e.smarthost()), e.authUsername(),
                        e.authPasswordFile() == null ? null : secrets.select(e.authPasswordFile()), e.requireTls(),
                        List.of(new AlertmanagerConfigResource.KeyValue("Subject", NotificationText.SUBJECT)),
                        NotificationText.BODY),
                // The model keeps credentials out of webhook URLs (checked before rendering), so the URL is written.
                w -> new AlertmanagerConfigResource.WebhookConfig(w.sendResolved(), w.url()));
        return new AlertmanagerConfigResource.Receiver(receiver.name(), configs.pagerDuty(), configs.slack(),
                configs.email(), configs.webhook());
    }

    /**
     * The same severity, details and runbook link as alertmanager.yml (the CRD takes details as a list of key-value
     * pairs); the summary is among the details, as the CRD has no description field to hold it.
     */
    private static AlertmanagerConfigResource.PagerDutyConfig pagerDuty(PagerDuty pagerDuty, SecretKeys secrets) {
        List<AlertmanagerConfigResource.KeyValue> pairs = ReceiverIntegrations.pagerDutyDetails().entrySet().stream()
                .map(entry -> new AlertmanagerConfigResource.KeyValue(entry.getKey(), entry.getValue()))
                .toList();
        return new AlertmanagerConfigResource.PagerDutyConfig(pagerDuty.sendResolved(),
                secrets.select(pagerDuty.routingKeyFile()), pagerDuty.url(), NotificationText.PAGERDUTY_SEVERITY, pairs,
                List.of(new AlertmanagerConfigResource.PagerDutyLink(NotificationText.RUNBOOK, "Runbook")));
    }

    /**
     * The CRD's time intervals have no location: the operator leaves it unset, so Alertmanager reads their clock
     * times in UTC. An interval the model gives in another zone keeps its clock times and loses its zone here.
     */
    private static AlertmanagerConfigResource.MuteTimeInterval timeInterval(TimeInterval interval) {
        List<AlertmanagerConfigResource.TimeRange> times = interval.times().stream()
                .map(clock -> new AlertmanagerConfigResource.TimeRange(clock.start(), clock.end()))
                .toList();
        return new AlertmanagerConfigResource.MuteTimeInterval(interval.name(), List.of(
                new AlertmanagerConfigResource.TimeSpec(nullIfEmpty(interval.weekdays()), nullIfEmpty(times))));
    }

    private static String nullIfBlank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
