package dev.obsgen.core.check.team;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.CompositionCheck;
import dev.obsgen.core.check.Elements;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.SharedNames;
import dev.obsgen.core.team.Composition;
import dev.obsgen.core.write.PathNames;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.Email;
import dev.obsgen.model.alerting.Integration;
import dev.obsgen.model.alerting.PagerDuty;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.alerting.Slack;
import dev.obsgen.model.alerting.TimeInterval;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.RecordingRule;
import dev.obsgen.model.rule.RuleGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * Two owners (the platform and a team, or two teams) that use one name where the composed tree has room for one:
 * alerts and recorded series in the Prometheus that evaluates them all, rule groups, dashboard uids and folders in
 * one Grafana, receivers and time intervals in one {@code alertmanager.yml}, runbook slugs under one URL pattern,
 * team names that become folders and label values. Each finding names both owners and both elements.
 */
@CheckDefinition(
        id = "team/conflict",
        severity = FindingSeverity.ERROR,
        summary = "No two owners (the platform, the teams) use one alert name, recorded series, rule group, dashboard "
                + "uid or folder, receiver, secret file, time interval or runbook slug.",
        example = "a team alert named MetaflowRunFailed while the platform has one, or a team dashboard with the uid "
                + "metaflow-overview",
        fix = "Rename the team's element (prefix it with the team's name); to change a platform element, reuse it "
                + "instead of declaring it again.")
public final class TeamConflict implements CompositionCheck {
    private record Holder(int index, String owner, String element) {
    }

    private record Key(String space, String name) {
    }

    @Override
    public void check(Composition composition, FindingSink findings) {
        Map<Key, Holder> taken = new HashMap<>();
        List<Observability> owners = new ArrayList<>();
        owners.add(composition.platform());
        owners.addAll(composition.views());
        for (int index = 0; index < owners.size(); index++) {
            Observability model = owners.get(index);
            String owner = Composition.owner(model);
            // A metric declared again also takes its series' names: one finding for it is enough.
            Set<String> reported = new HashSet<>();
            for (Claim claim : claims(model)) {
                Holder first = taken.putIfAbsent(new Key(claim.space(), claim.key()), new Holder(index, owner,
                        claim.element()));
                if (first != null && first.index() != index && reported.add(claim.element())) {
                    findings.report(claim.element() + " of " + owner, claim.uses() + " " + first.element() + " of "
                            + first.owner() + "; " + claim.why());
                }
            }
        }
        teamLabels(composition, findings);
    }

    /** One name an element takes in a space the composed tree shares. */
    private record Claim(String space, String key, String element, String uses, String why) {
    }

    private static List<Claim> claims(Observability model) {
        SharedNames shared = SharedNames.of(model);
        List<Claim> claims = new ArrayList<>();
        String team = model.isTeam() ? "team" : "owner";
        claims.add(new Claim("owner", PathNames.collisionKey(model.name()), Composition.owner(model), "has the name of",
                "every " + team + " needs a name of its own: it becomes a folder, a namespace and a label value"));
        for (Metric metric : model.metrics()) {
            claims.add(new Claim("metric", metric.name(), Elements.metric(metric), "declares again",
                    "a metric is declared once, by its owner; use the platform's from its catalog"));
            for (String series : metric.seriesNames()) {
                claims.add(new Claim("series", series, Elements.metric(metric), "has the series name of",
                        "two owners writing one series give Prometheus duplicate series"));
            }
        }
        for (RuleGroup group : model.ruleGroups()) {
            claims.add(new Claim("group", group.name(), Elements.group(group), "has the name of",
                    "rule group names are one namespace in the Prometheus that loads every owner's rules"));
            for (AlertRule alert : group.alerts()) {
                // One owner may give a name to several rules (a warning and a critical threshold), told apart by
                // their labels; the name itself is that owner's, as a team's tests load the platform rules they
                // read and would see the platform's alerts of the name.
                claims.add(new Claim("alert", alert.name(), Elements.alert(shared, group, alert), "has the name of",
                        "alert names are one namespace in the Prometheus that evaluates every owner's rules"));
            }
            for (RecordingRule rule : group.recordingRules()) {
                // One name under other static labels is another series: every SLO records slo:sli_error:ratio_rate5m.
                String series = rule.name() + (rule.labels().isEmpty() ? "" : rule.labels().toString());
                claims.add(new Claim("series", series, Elements.recording(shared, group, rule), "records the series of",
                        "two owners writing one series give Prometheus duplicate series; read the platform's "
                                + "series instead of recording it again"));
            }
        }
        for (Dashboard dashboard : model.dashboards()) {
            claims.add(new Claim("dashboard", dashboard.uid(), Elements.dashboard(dashboard), "has the uid of",
                    "Grafana keeps one dashboard per uid"));
            if (!dashboard.folder().isEmpty()) {
                claims.add(new Claim("folder", PathNames.collisionKey(dashboard.folder()),
                        Elements.dashboard(dashboard) + " (folder '" + dashboard.folder() + "')", "is in the folder of",
                        "a Grafana folder holds one owner's dashboards; put the team's in its own folder"));
            }
        }
        for (RuleGroup group : model.ruleGroups()) {
            for (AlertRule alert : group.alerts()) {
                if (alert.runbook() != null) {
                    claims.add(new Claim("runbook", PathNames.collisionKey(alert.runbook()),
                            Elements.alert(shared, group, alert) + " (runbook '" + alert.runbook() + "')",
                            "has the runbook slug of",
                            "runbook slugs are one namespace: the runbook folder and URL pattern are shared"));
                }
            }
        }
        if (model.notifications() != null) {
            for (Receiver receiver : model.notifications().receivers()) {
                claims.add(new Claim("receiver", receiver.name(), Elements.receiver(receiver.name()), "has the name of",
                        "receiver names are one namespace in the composed alertmanager.yml"));
            }
            for (Receiver receiver : model.notifications().receivers()) {
                for (String file : secretFiles(receiver)) {
                    claims.add(new Claim("secret", file, Elements.receiver(receiver.name()) + " (secret file '" + file
                            + "')", "reads the secret file of", "an owner's secrets are its own: another owner's "
                            + "routing key or webhook would page or post as that owner"));
                }
            }
            for (TimeInterval interval : model.notifications().timeIntervals()) {
                claims.add(new Claim("interval", interval.name(), "time interval '" + interval.name() + "'",
                        "has the name of", "time interval names are one namespace in the composed alertmanager.yml"));
            }
        }
        return claims;
    }

    static List<String> secretFiles(Receiver receiver) {
        List<String> files = new ArrayList<>();
        for (Integration integration : receiver.integrations()) {
            if (integration instanceof PagerDuty pagerDuty) {
                files.add(pagerDuty.routingKeyFile().path());
            } else if (integration instanceof Slack slack) {
                files.add(slack.apiUrlFile().path());
            } else if (integration instanceof Email email && email.authPasswordFile() != null) {
                files.add(email.authPasswordFile().path());
            }
        }
        return files;
    }

    // A platform alert that carries a team's name in the owner label would be routed to that team.
    private static void teamLabels(Composition composition, FindingSink findings) {
        Observability platform = composition.platform();
        String label = platform.prometheus().ownerLabel();
        SharedNames shared = SharedNames.of(platform);
        for (Observability team : composition.teams()) {
            for (RuleGroup group : platform.ruleGroups()) {
                for (AlertRule alert : group.alerts()) {
                    if (team.name().equals(alert.labels().get(label))) {
                        findings.report(Elements.alert(shared, group, alert) + " of " + Composition.owner(platform),
                                "sets the label " + label + "=\"" + team.name() + "\", which routes it to "
                                        + Composition.owner(team) + "; the owner label is obsgen's to set");
                    }
                }
            }
        }
    }
}
