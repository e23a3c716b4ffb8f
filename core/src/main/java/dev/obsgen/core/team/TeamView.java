package dev.obsgen.core.team;

import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A team's model as it is checked and rendered: every alert carries the platform's owner label with the team's
 * name (set here, never by hand, so routing cannot be fooled), and a dashboard that names no folder is in the
 * team's folder.
 */
public final class TeamView {
    private TeamView() {
    }

    public static Observability of(Observability declared) {
        // A team's SLOs become its rules and dashboards first, so their alerts carry the owner label too.
        Observability team = dev.obsgen.core.slo.SloRules.expand(declared);
        String label = team.team().platform().prometheus().ownerLabel();
        List<RuleGroup> groups = team.ruleGroups().stream()
                .map(group -> group.toBuilder()
                        .rules(group.rules().stream().map(rule -> owned(rule, label, team.name())).toList()).build())
                .toList();
        List<Dashboard> dashboards = team.dashboards().stream()
                .map(d -> d.folder().isEmpty() ? d.withFolder(team.team().folder()) : d)
                .toList();
        return team.toBuilder().ruleGroups(groups).dashboards(dashboards).build();
    }

    /** The union a team's elements are checked in: the platform's catalog with the team's elements added. */
    public static Observability union(Observability platform, Observability view) {
        return new Observability(view.name(), concat(platform.metrics(), view.metrics()),
                concat(platform.ruleGroups(), view.ruleGroups()), platform.scrapeJobs(), platform.prometheus(),
                view.notifications() != null ? view.notifications() : platform.notifications(), view.runbooks(),
                platform.corrections(), concat(platform.dashboards(), view.dashboards()), platform.logs(),
                platform.spans(), platform.collection(),
                concat(platform.slos(), view.slos()), null);
    }

    private static Rule owned(Rule rule, String label, String team) {
        if (rule instanceof AlertRule alert) {
            Map<String, String> labels = new TreeMap<>(alert.labels());
            labels.put(label, team);
            return alert.toBuilder().labels(labels).build();
        }
        return rule;
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
