package dev.obsgen.core.check.team;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.CompositionCheck;
import dev.obsgen.core.check.Elements;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.SharedNames;
import dev.obsgen.core.team.Composition;
import dev.obsgen.model.Observability;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.alerting.Severity;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A team declares what is a team's (metrics of its services, rule groups, dashboards, runbooks, its routing) and
 * leaves the platform's to the platform: scrape jobs, Prometheus settings, log and trace collection. The owner
 * label of its alerts is set by obsgen, so a team cannot route its alerts as another's.
 */
@CheckDefinition(
        id = "team/scope",
        severity = FindingSeverity.ERROR,
        summary = "A team model declares only a team's elements, never sets the owner label by hand, and has a name and "
                + "namespace Kubernetes accepts.",
        example = "Observability.team(\"training\").on(platform).withScrapeJob(...), or an alert with .label(\"team\", "
                + "\"search\")",
        fix = "Move scrape jobs, Prometheus settings, logs, spans and collection to the platform model; drop the "
                + "owner label, obsgen sets it to the team's name.")
public final class TeamScope implements CompositionCheck {
    // A Kubernetes namespace, and the name of the team's resources: an RFC 1123 label.
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    private static final Set<String> RESERVED_LABELS = Set.of("alertname", Severity.LABEL);
    private static final Pattern KUBERNETES_NAME = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

    @Override
    public void check(Composition composition, FindingSink findings) {
        Observability platform = composition.platform();
        String label = platform.prometheus().ownerLabel();
        if (!composition.teams().isEmpty() && (!LABEL_NAME.matcher(label).matches() || label.startsWith("__")
                || RESERVED_LABELS.contains(label))) {
            findings.report(Composition.owner(platform), "has the owner label '" + label + "', which cannot name a "
                    + "team's alerts: it must be a label name ([a-zA-Z_][a-zA-Z0-9_]*, not __...), and not alertname "
                    + "or severity, which the alert already sets");
        }
        for (Observability team : composition.teams()) {
            String owner = Composition.owner(team);
            if (!KUBERNETES_NAME.matcher(team.name()).matches()) {
                findings.report(owner, "has a name that cannot name its Kubernetes resources (PrometheusRule, "
                        + "AlertmanagerConfig): use lowercase letters, digits and '-', at most 63, starting and "
                        + "ending with a letter or digit");
            }
            if (!KUBERNETES_NAME.matcher(team.team().namespace()).matches()) {
                findings.report(owner, "has the namespace '" + team.team().namespace() + "', which is not a "
                        + "Kubernetes namespace name: use lowercase letters, digits and '-', at most 63, starting "
                        + "and ending with a letter or digit");
            }
            String theirs = "; it is the platform's: declare it in platform '" + platform.name() + "'";
            team.scrapeJobs().forEach(job -> findings.report(Elements.scrapeJob(job.name()) + " of " + owner,
                    "is a scrape job, which a team cannot declare" + theirs));
            if (!team.prometheus().equals(platform.prometheus())) {
                findings.report(owner, "sets Prometheus settings, which a team cannot set" + theirs);
            }
            if (team.logs() != null) {
                findings.report(owner, "declares logs, which a team cannot declare" + theirs);
            }
            team.spans().forEach(span -> findings.report("span '" + span.name() + "' of " + owner,
                    "is a span, which a team cannot declare" + theirs));
            if (team.collection() != null) {
                findings.report(owner, "declares a collection topology, which a team cannot declare" + theirs);
            }
            if (!team.corrections().isEmpty()) {
                findings.report(owner, "declares design corrections, which a team cannot declare" + theirs);
            }
            if (team.team().folder().isBlank()) {
                findings.report(owner, "has no Grafana folder: its dashboards would land in the General folder, "
                        + "which is the platform's; name one with Observability.team(name).folder(...)");
            }
            SharedNames shared = SharedNames.of(team);
            for (RuleGroup group : team.ruleGroups()) {
                for (AlertRule alert : group.alerts()) {
                    if (alert.labels().containsKey(label)) {
                        findings.report(Elements.alert(shared, group, alert) + " of " + owner, "sets the label '" + label
                                + "' by hand; obsgen sets it to '" + team.name() + "' on every alert of the team, "
                                + "and routes on it");
                    }
                }
            }
        }
    }
}
