package dev.obsgen.core.check;

import dev.obsgen.model.Observability;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.RecordingRule;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The model's rules in the order they are declared, group by group, each named as findings name it. The checks that
 * read rules one by one walk these lists instead of the groups, so every check names a rule the same way.
 */
public final class ModelRules {
    private ModelRules() {
    }

    public static List<GroupedRule<AlertRule>> alerts(Observability model) {
        return grouped(model, RuleGroup::alerts);
    }

    public static List<GroupedRule<RecordingRule>> recordings(Observability model) {
        return grouped(model, RuleGroup::recordingRules);
    }

    /** Alerts and recording rules as each group declares them, interleaved. */
    public static List<GroupedRule<Rule>> all(Observability model) {
        return grouped(model, RuleGroup::rules);
    }

    private static <R extends Rule> List<GroupedRule<R>> grouped(Observability model,
                                                                 Function<RuleGroup, List<? extends R>> rules) {
        SharedNames shared = SharedNames.of(model);
        List<GroupedRule<R>> grouped = new ArrayList<>();
        for (RuleGroup group : model.ruleGroups()) {
            for (R rule : rules.apply(group)) {
                grouped.add(new GroupedRule<>(group, rule, Elements.rule(shared, group, rule)));
            }
        }
        return grouped;
    }
}
