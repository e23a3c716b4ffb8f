package dev.obsgen.core.check;

import dev.obsgen.model.Observability;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.RecordingRule;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import java.util.ArrayList;
import java.util.List;

/**
 * The model's rules in the order they are declared, group by group, each named as findings name it. The checks that
 * read rules one by one walk these lists instead of the groups, so every check names a rule the same way; the
 * registry makes them once a run for every {@link RuleCheck}.
 *
 * @param all        alerts and recording rules as each group declares them, interleaved
 * @param alerts     the alerts of {@code all}
 * @param recordings the recording rules of {@code all}
 */
public record ModelRules(List<GroupedRule<Rule>> all, List<GroupedRule<AlertRule>> alerts,
                         List<GroupedRule<RecordingRule>> recordings) {
    public ModelRules {
        all = List.copyOf(all);
        alerts = List.copyOf(alerts);
        recordings = List.copyOf(recordings);
    }

    public static ModelRules of(Observability model) {
        return of(model, SharedNames.of(model));
    }

    /** As {@link #of(Observability)}, with the model's rules that share a name found already. */
    public static ModelRules of(Observability model, SharedNames shared) {
        List<GroupedRule<Rule>> all = new ArrayList<>();
        List<GroupedRule<AlertRule>> alerts = new ArrayList<>();
        List<GroupedRule<RecordingRule>> recordings = new ArrayList<>();
        for (RuleGroup group : model.ruleGroups()) {
            for (Rule rule : group.rules()) {
                String element = Elements.rule(shared, group, rule);
                all.add(new GroupedRule<>(group, rule, element));
                if (rule instanceof AlertRule alert) {
                    alerts.add(new GroupedRule<>(group, alert, element));
                } else if (rule instanceof RecordingRule recording) {
                    recordings.add(new GroupedRule<>(group, recording, element));
                }
            }
        }
        return new ModelRules(all, alerts, recordings);
    }
}
