package dev.obsgen.core.check;

import dev.obsgen.model.Observability;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.RecordingRule;

/**
 * A model check that reads rules one by one: it overrides the kinds it reads and is handed each rule of
 * {@link ModelRules}, with its group and the name findings give it.
 */
public interface RuleCheck extends ModelCheck {
    default void checkAlert(GroupedRule<AlertRule> alert, FindingSink findings) {
    }

    default void checkRecording(GroupedRule<RecordingRule> rule, FindingSink findings) {
    }

    @Override
    default void check(Observability model, FindingSink findings) {
        for (GroupedRule<AlertRule> alert : ModelRules.alerts(model)) {
            checkAlert(alert, findings);
        }
        for (GroupedRule<RecordingRule> rule : ModelRules.recordings(model)) {
            checkRecording(rule, findings);
        }
    }
}
