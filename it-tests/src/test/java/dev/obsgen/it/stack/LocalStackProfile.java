package dev.obsgen.it.stack;

import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.Email;
import dev.obsgen.model.alerting.Integration;
import dev.obsgen.model.alerting.NotificationPolicy;
import dev.obsgen.model.alerting.PagerDuty;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.alerting.SecretFile;
import dev.obsgen.model.alerting.SeverityRoute;
import dev.obsgen.model.alerting.Slack;
import dev.obsgen.model.alerting.Webhook;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.scrape.Relabel;
import dev.obsgen.model.scrape.ScrapeJob;
import dev.obsgen.model.scrape.StaticDiscovery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The test profile: a production model transformed so that the same renderers produce a configuration a Prometheus
 * and an Alertmanager on one machine can run in seconds. The committed production files are never read or edited;
 * the profile's files are rendered into a temporary directory. Every override, and nothing else:
 * <ul>
 *   <li><b>Scrape targets</b>: each job's Kubernetes, EC2 or static discovery becomes one static loopback target
 *   (the job's endpoint of the {@link SyntheticExporter}). The target carries the {@code __meta_*} labels the job's
 *   relabelling reads, as its production discovery would attach them: a label a {@code keep} step matches against a
 *   literal regex gets that literal, every other one {@value #DISCOVERED_VALUE}. The production relabelling is kept
 *   and runs on them.</li>
 *   <li><b>Intervals</b>: global scrape interval, scrape timeout and evaluation interval of {@value #INTERVAL}; each
 *   job's own scrape interval and each rule group's own evaluation interval {@value #INTERVAL} too.</li>
 *   <li><b>{@code for} durations</b>: every alert that waits waits {@value #FOR_DURATION}: long enough to be seen
 *   pending, short enough to fire within seconds. Alerts without {@code for} keep none.</li>
 *   <li><b>Alertmanager address</b>: the local Alertmanager in place of the production one.</li>
 *   <li><b>Notification timing</b>: {@code group_wait} of {@value #GROUP_WAIT} and {@code group_interval} of
 *   {@value #GROUP_TIMING}; the repeat intervals are kept. Prometheus runs with a resend delay of
 *   {@value #RESEND_DELAY}, shorter than the evaluation interval, so every evaluation sends every firing alert, in
 *   rule order. With a delay equal to the interval it sent an alert only every other evaluation, and two alerts
 *   that fired at different moments reached an Alertmanager coming back from an outage an evaluation apart: there
 *   {@code group_wait} does not help, because Alertmanager flushes at once an alert that started more than
 *   {@code group_wait} ago, so an inhibited alert could be notified before the alert that mutes it arrived.</li>
 *   <li><b>Business hours</b>: every route's {@code active_time_intervals} is removed, and the time intervals with
 *   it, so warnings route at any hour the tests run.</li>
 *   <li><b>Receivers</b>: same receivers, same integrations, same message templates, pointed at local capture
 *   servers: PagerDuty's events {@code url}; the Slack webhook URL written into the file {@code api_url_file}
 *   names; email through the local SMTP server with {@code require_tls: false} and no authentication. A webhook
 *   integration has no local stand-in and is refused, so that a test can never notify a production endpoint.</li>
 *   <li><b>Collection topology</b>: removed. The local stack runs no OpenTelemetry Collector and no log agent; the
 *   Collector's scrape job, like every other, scrapes the synthetic exporter, so the rule that this job targets the
 *   Collector's own address does not apply.</li>
 * </ul>
 * Routes, matchers, inhibitions, grouping, expressions, labels and annotations (runbook links included) are the
 * production ones.
 *
 * <p>A team's model ({@link #ofTeam}) gets the same overrides of its rule groups and its notifications, its
 * receivers pointed at captures of its own, and is declared again on the platform's profile, whose Prometheus
 * settings it shares: compose takes teams declared on the very platform it composes.
 */
public final class LocalStackProfile {
    public static final String INTERVAL = "1s";
    public static final String FOR_DURATION = "3s";
    public static final String GROUP_TIMING = "1s";
    public static final String GROUP_WAIT = "3s";
    public static final String RESEND_DELAY = "500ms";
    public static final String DISCOVERED_VALUE = "local";

    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9_:/-]*");

    private LocalStackProfile() {
    }

    public static Observability of(Observability production, LocalEndpoints endpoints) {
        // The live stack runs Prometheus and Alertmanager only: without the collection, no store keeps logs or
        // traces, so the profile declares none (Grafana's data sources would otherwise name stores that are not there).
        return RecordCopy.with(production, "collection", null).toBuilder()
                .logs((dev.obsgen.model.log.Logs) null)
                .spans(List.of())
                .scrapeJobs(production.scrapeJobs().stream().map(job -> scrapeJob(job, endpoints)).toList())
                .prometheus(production.prometheus()
                        .withIntervals(INTERVAL, INTERVAL, INTERVAL)
                        .sendingAlertsTo(List.of(endpoints.alertmanager())))
                .ruleGroups(dev.obsgen.core.slo.SloRules.expand(production).ruleGroups().stream()
                        .map(LocalStackProfile::ruleGroup).toList())
                .notifications(notifications(production.notifications(), endpoints))
                .build();
    }

    /**
     * The profile of a team's model, declared on {@code localPlatform} (the profile of the platform the team is
     * declared on), with its receivers notifying the endpoints given for this team.
     */
    public static Observability ofTeam(Observability team, Observability localPlatform, LocalEndpoints endpoints) {
        if (!team.isTeam()) {
            throw new IllegalArgumentException("'" + team.name() + "' is a platform's model, not a team's");
        }
        Map<String, Object> local = new HashMap<>();
        local.put("team", RecordCopy.with(team.team(), "platform", localPlatform));
        local.put("prometheus", localPlatform.prometheus());
        local.put("ruleGroups", dev.obsgen.core.slo.SloRules.expand(team).ruleGroups().stream()
                .map(LocalStackProfile::ruleGroup).toList());
        local.put("notifications", team.notifications() == null ? null : notifications(team.notifications(), endpoints));
        return RecordCopy.with(team, local);
    }

    private static ScrapeJob scrapeJob(ScrapeJob job, LocalEndpoints endpoints) {
        String target = endpoints.scrapeTargets().get(job.name());
        if (target == null) {
            throw new IllegalArgumentException("no local target for scrape job " + job.name());
        }
        Map<String, Object> local = new HashMap<>();
        local.put("discovery", new StaticDiscovery(List.of(target), discoveryLabels(job.relabelling())));
        local.put("interval", INTERVAL);
        local.put("timeout", job.timeout() == null ? null : INTERVAL);
        return RecordCopy.with(job, local);
    }

    private static Map<String, String> discoveryLabels(List<Relabel> relabelling) {
        Map<String, String> labels = new TreeMap<>();
        for (Relabel step : relabelling) {
            for (String source : step.sourceLabels()) {
                if (source.startsWith("__meta_")) {
                    labels.putIfAbsent(source, DISCOVERED_VALUE);
                    if (step.action() == Relabel.Action.KEEP && step.sourceLabels().size() == 1 && step.regex() != null
                            && LITERAL.matcher(step.regex()).matches()) {
                        labels.put(source, step.regex());
                    }
                }
            }
        }
        return labels;
    }

    private static RuleGroup ruleGroup(RuleGroup group) {
        List<Rule> rules = new ArrayList<>();
        for (Rule rule : group.rules()) {
            rules.add(rule instanceof AlertRule alert && alert.forDuration() != null
                    ? RecordCopy.with(alert, "forDuration", FOR_DURATION) : rule);
        }
        Map<String, Object> local = new HashMap<>();
        local.put("interval", group.interval() == null ? null : INTERVAL);
        local.put("rules", rules);
        return RecordCopy.with(group, local);
    }

    private static NotificationPolicy notifications(NotificationPolicy production, LocalEndpoints endpoints) {
        List<SeverityRoute> routes = production.routes().stream()
                .map(route -> RecordCopy.with(route, "activeTimeIntervals", List.of()))
                .toList();
        List<Receiver> receivers = production.receivers().stream()
                .map(receiver -> RecordCopy.with(receiver, "integrations", receiver.integrations().stream()
                        .map(integration -> local(integration, endpoints)).toList()))
                .toList();
        Map<String, Object> local = new HashMap<>();
        local.put("groupWait", GROUP_WAIT);
        local.put("groupInterval", GROUP_TIMING);
        local.put("routes", routes);
        local.put("receivers", receivers);
        local.put("timeIntervals", List.of());
        return RecordCopy.with(production, local);
    }

    private static Integration local(Integration integration, LocalEndpoints endpoints) {
        if (integration instanceof PagerDuty pagerDuty) {
            return RecordCopy.with(pagerDuty, Map.of("routingKeyFile",
                    SecretFile.at(endpoints.pagerDutyRoutingKeyFile().toString()), "url", endpoints.pagerDutyUrl()));
        }
        if (integration instanceof Slack slack) {
            return RecordCopy.with(slack, "apiUrlFile", SecretFile.at(endpoints.slackApiUrlFile().toString()));
        }
        if (integration instanceof Email email) {
            Map<String, Object> local = new HashMap<>();
            local.put("smarthost", endpoints.smtpSmarthost());
            local.put("authUsername", null);
            local.put("authPasswordFile", null);
            local.put("requireTls", false);
            return RecordCopy.with(email, local);
        }
        if (integration instanceof Webhook webhook) {
            throw new IllegalArgumentException("the local stack has no stand-in for the webhook " + webhook.url());
        }
        throw new IllegalArgumentException("unknown integration " + integration);
    }
}
