package dev.obsgen.core.render.alertmanager;

import static dev.obsgen.core.render.YamlFormat.nullIfEmpty;

import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.Renderer;
import dev.obsgen.core.render.YamlFormat;
import dev.obsgen.core.render.prometheus.SeriesText;
import dev.obsgen.core.team.Composition;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.Inhibition;
import dev.obsgen.model.alerting.Matcher;
import dev.obsgen.model.alerting.NotificationPolicy;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.alerting.SeverityRoute;
import dev.obsgen.model.alerting.TimeInterval;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code alertmanager/alertmanager.yml}: a root route that groups, one child route per severity, inhibitions,
 * receivers whose secrets are {@code *_file} paths, and the time intervals routes are limited to. Composed with
 * teams, the platform's policy stays the root and each team that routes its alerts gets a subtree first, matched on
 * the owner label, that does not continue: a team's alerts reach the team's receivers, every other alert the
 * platform's routes. A team's inhibitions are limited to the team's alerts, the platform's to the platform's.
 */
public final class AlertmanagerConfigRenderer implements Renderer {
    public static final String PATH = "alertmanager/alertmanager.yml";
    /**
     * Composed, the base configuration for an Alertmanager run by the Prometheus Operator, which adds each team's
     * {@code AlertmanagerConfig} route before the base's routes with {@code continue: true}: the platform's policy,
     * with the alerts of teams that route themselves stopped first in a receiver that sends nothing, so they are not
     * notified twice.
     */
    public static final String OPERATOR_BASE_PATH = "alertmanager/alertmanager-operator-base.yml";
    /** The receiver of the operator base that takes the alerts the teams' own resources have already routed. */
    public static final String ROUTED_BY_TEAM = "routed-by-team";

    @Override
    public List<GeneratedFile> render(Observability model, RenderSettings settings) {
        List<Observability> teams = settings.composition().map(Composition::teams).orElse(List.of());
        String ownerLabel = model.prometheus().ownerLabel();
        List<GeneratedFile> files = new ArrayList<>();
        files.add(GeneratedFile.text(PATH, YamlFormat.write(document(model.notifications(), teams, ownerLabel),
                settings.header())));
        List<String> routing = teams.stream().filter(team -> team.notifications() != null).map(Observability::name)
                .toList();
        if (!routing.isEmpty()) {
            files.add(GeneratedFile.text(OPERATOR_BASE_PATH, YamlFormat.write(
                    operatorBase(model.notifications(), routing, ownerLabel), settings.header())));
        }
        return files;
    }

    static AlertmanagerConfigDocument operatorBase(NotificationPolicy policy, List<String> routingTeams,
                                                   String ownerLabel) {
        AlertmanagerConfigDocument platform = document(policy, List.of(), ownerLabel);
        // Team names are Kubernetes names (team/scope): letters, digits and '-', nothing a regex reads specially.
        String teams = String.join("|", routingTeams);
        List<AlertmanagerConfigDocument.Route> children = new ArrayList<>();
        children.add(new AlertmanagerConfigDocument.Route(ROUTED_BY_TEAM,
                List.of(matcher(new Matcher(ownerLabel, Matcher.Op.RE, teams))), null, null, null, null, null,
                false, null));
        children.addAll(platform.route().routes() == null ? List.of() : platform.route().routes());
        AlertmanagerConfigDocument.Route root = platform.route();
        List<AlertmanagerConfigDocument.ReceiverConfig> receivers = new ArrayList<>(platform.receivers());
        receivers.add(new AlertmanagerConfigDocument.ReceiverConfig(ROUTED_BY_TEAM, null, null, null, null));
        // The platform's inhibitions hold for the platform's alerts; each team's resource carries its own.
        List<AlertmanagerConfigDocument.InhibitRule> inhibitions = policy.inhibitions().stream()
                .map(i -> inhibition(i, Matcher.eq(ownerLabel, ""))).toList();
        return new AlertmanagerConfigDocument(platform.global(), new AlertmanagerConfigDocument.Route(root.receiver(),
                root.matchers(), root.groupBy(), root.groupWait(), root.groupInterval(), root.repeatInterval(),
                root.activeTimeIntervals(), root.continueMatching(), children), nullIfEmpty(inhibitions), receivers,
                platform.timeIntervals());
    }


    static AlertmanagerConfigDocument document(NotificationPolicy policy) {
        return document(policy, List.of(), "");
    }

    static AlertmanagerConfigDocument document(NotificationPolicy policy, List<Observability> teams, String ownerLabel) {
        List<AlertmanagerConfigDocument.Route> children = new ArrayList<>();
        List<AlertmanagerConfigDocument.InhibitRule> inhibitions = new ArrayList<>();
        List<AlertmanagerConfigDocument.ReceiverConfig> receivers = new ArrayList<>();
        List<AlertmanagerConfigDocument.NamedTimeInterval> intervals = new ArrayList<>();
        for (Observability team : teams) {
            NotificationPolicy own = team.notifications();
            if (own == null) {
                continue;
            }
            Matcher owner = Matcher.eq(ownerLabel, team.name());
            children.add(new AlertmanagerConfigDocument.Route(own.defaultReceiver(), List.of(matcher(owner)),
                    nullIfEmpty(own.groupBy()), own.groupWait(), own.groupInterval(), own.repeatInterval(), null,
                    false, nullIfEmpty(own.routes().stream().map(AlertmanagerConfigRenderer::route).toList())));
            own.inhibitions().forEach(i -> inhibitions.add(inhibition(i, owner)));
            own.receivers().forEach(r -> receivers.add(receiver(r)));
            own.timeIntervals().forEach(t -> intervals.add(timeInterval(t)));
        }
        policy.routes().forEach(r -> children.add(route(r)));
        AlertmanagerConfigDocument.Route root = new AlertmanagerConfigDocument.Route(policy.defaultReceiver(), null,
                nullIfEmpty(policy.groupBy()), policy.groupWait(), policy.groupInterval(), policy.repeatInterval(), null,
                null, nullIfEmpty(children));
        // Composed, the platform's inhibitions hold for the platform's alerts, those without the owner label, as a
        // team's hold for the team's: no owner mutes another's alerts.
        Matcher platformOnly = teams.isEmpty() ? null : Matcher.eq(ownerLabel, "");
        policy.inhibitions().forEach(i -> inhibitions.add(inhibition(i, platformOnly)));
        policy.receivers().forEach(r -> receivers.add(receiver(r)));
        policy.timeIntervals().forEach(t -> intervals.add(timeInterval(t)));
        return new AlertmanagerConfigDocument(new AlertmanagerConfigDocument.Global("5m"), root, nullIfEmpty(inhibitions),
                receivers, nullIfEmpty(intervals));
    }

    private static AlertmanagerConfigDocument.Route route(SeverityRoute route) {
        return new AlertmanagerConfigDocument.Route(route.receiver(), List.of(matcher(Matcher.severity(route.severity()))),
                null, null, null, route.repeatInterval(), nullIfEmpty(route.activeTimeIntervals()), null, null);
    }

    private static AlertmanagerConfigDocument.InhibitRule inhibition(Inhibition inhibition, Matcher owner) {
        return new AlertmanagerConfigDocument.InhibitRule(matchers(inhibition.source(), owner),
                matchers(inhibition.target(), owner), nullIfEmpty(inhibition.equal()));
    }

    private static List<String> matchers(List<Matcher> matchers, Matcher owner) {
        List<String> all = new ArrayList<>(matchers.stream().map(AlertmanagerConfigRenderer::matcher).toList());
        if (owner != null) {
            all.add(matcher(owner));
        }
        return all;
    }

    /** Matcher values are always double-quoted, with PromQL escaping, so any value parses. */
    static String matcher(Matcher matcher) {
        return matcher.label() + matcher.op().symbol() + SeriesText.quote(matcher.value());
    }

    private static AlertmanagerConfigDocument.ReceiverConfig receiver(Receiver receiver) {
        var configs = ReceiverIntegrations.of(receiver,
                p -> new AlertmanagerConfigDocument.PagerDutyConfig(p.sendResolved(), p.routingKeyFile().path(),
                        p.url(), NotificationText.PAGERDUTY_SEVERITY, NotificationText.PAGERDUTY_DESCRIPTION,
                        ReceiverIntegrations.pagerDutyDetails(),
                        List.of(new AlertmanagerConfigDocument.Link(NotificationText.RUNBOOK, "Runbook"))),
                s -> new AlertmanagerConfigDocument.SlackConfig(s.sendResolved(), s.apiUrlFile().path(), s.channel(),
                        NotificationText.TITLE, NotificationText.RUNBOOK, NotificationText.BODY),
                e -> new AlertmanagerConfigDocument.EmailConfig(e.sendResolved(), e.to(), e.from(), e.smarthost(),
                        e.authUsername(), e.authPasswordFile() == null ? null : e.authPasswordFile().path(), e.requireTls(),
                        Map.of("Subject", NotificationText.SUBJECT), NotificationText.BODY),
                w -> new AlertmanagerConfigDocument.WebhookConfig(w.sendResolved(), w.url()));
        return new AlertmanagerConfigDocument.ReceiverConfig(receiver.name(), configs.pagerDuty(), configs.slack(),
                configs.email(), configs.webhook());
    }

    private static AlertmanagerConfigDocument.NamedTimeInterval timeInterval(TimeInterval interval) {
        List<AlertmanagerConfigDocument.TimeRange> times = interval.times().stream()
                .map(c -> new AlertmanagerConfigDocument.TimeRange(c.start(), c.end()))
                .toList();
        return new AlertmanagerConfigDocument.NamedTimeInterval(interval.name(), List.of(
                new AlertmanagerConfigDocument.TimeSpec(nullIfEmpty(interval.weekdays()), nullIfEmpty(times),
                        interval.location())));
    }
}
