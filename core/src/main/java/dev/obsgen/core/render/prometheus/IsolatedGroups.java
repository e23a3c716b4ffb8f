package dev.obsgen.core.render.prometheus;

import dev.obsgen.core.check.SharedNames;
import dev.obsgen.model.Observability;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.RuleGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule groups an alert of a shared name is tested without: those holding another alert of its name, in model
 * order. Indexed by name once, so that a model of many warning and critical pairs does not look through every group
 * for each alert.
 */
public final class IsolatedGroups {
    private final Map<String, List<RuleGroup>> groupsOfName = new HashMap<>();

    public IsolatedGroups(Observability model, SharedNames shared) {
        for (RuleGroup group : model.ruleGroups()) {
            for (AlertRule alert : group.alerts()) {
                if (shared.shared(alert)) {
                    List<RuleGroup> groups = groupsOfName.computeIfAbsent(alert.name(), name -> new ArrayList<>());
                    if (groups.isEmpty() || groups.get(groups.size() - 1) != group) {
                        groups.add(group);
                    }
                }
            }
        }
    }

    /** The groups whose copies without the alert's namesakes its test loads, in model order. */
    public List<RuleGroup> of(AlertRule alert) {
        List<RuleGroup> isolated = new ArrayList<>();
        for (RuleGroup group : groupsOfName.getOrDefault(alert.name(), List.of())) {
            if (holdsAnother(group, alert)) {
                isolated.add(group);
            }
        }
        return isolated;
    }

    private static boolean holdsAnother(RuleGroup group, AlertRule alert) {
        for (AlertRule other : group.alerts()) {
            if (other != alert && other.name().equals(alert.name())) {
                return true;
            }
        }
        return false;
    }
}
