package dev.obsgen.core.team;

import dev.obsgen.model.Observability;
import dev.obsgen.model.rule.RecordingRule;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.promql.ExprWalker;
import dev.obsgen.promql.ParseException;
import dev.obsgen.promql.PromQL;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The platform's rule groups a team's rules read: the groups that record a series a team rule selects, and the
 * groups those recording rules read in turn. A team's promtool tests load these, and only these.
 */
public final class PlatformRules {
    private PlatformRules() {
    }

    public static List<RuleGroup> readBy(Observability team, Observability platform) {
        Map<String, RuleGroup> recordedIn = new HashMap<>();
        Map<String, RecordingRule> recording = new HashMap<>();
        for (RuleGroup group : platform.ruleGroups()) {
            for (RecordingRule rule : group.recordingRules()) {
                recordedIn.putIfAbsent(rule.name(), group);
                recording.putIfAbsent(rule.name(), rule);
            }
        }
        Deque<String> pending = new ArrayDeque<>();
        for (RuleGroup group : team.ruleGroups()) {
            for (Rule rule : group.rules()) {
                pending.addAll(series(rule.expr()));
            }
        }
        Set<String> seen = new HashSet<>();
        Set<RuleGroup> needed = new HashSet<>();
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (!seen.add(name) || !recording.containsKey(name)) {
                continue;
            }
            needed.add(recordedIn.get(name));
            pending.addAll(series(recording.get(name).expr()));
        }
        return platform.ruleGroups().stream().filter(needed::contains).toList();
    }

    private static Set<String> series(String expr) {
        Set<String> names = new HashSet<>();
        try {
            ExprWalker.vectorSelectors(PromQL.parse(expr)).forEach(use -> use.node().metricName().ifPresent(names::add));
        } catch (ParseException e) {
            // The checks have refused a model whose expressions do not parse before anything renders.
        }
        return names;
    }
}
