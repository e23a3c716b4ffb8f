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
        check(ModelRules.of(model), findings);
    }

    @Override
    default void check(CheckedModel model, FindingSink findings) {
        check(model.rules(), findings);
    }

    /** Hands each alert, then each recording rule, to this check; the registry walks the rules once for all. */
    default void check(ModelRules rules, FindingSink findings) {
        for (GroupedRule<AlertRule> alert : rules.alerts()) {
            checkAlert(alert, findings);
        }
        for (GroupedRule<RecordingRule> rule : rules.recordings()) {
            checkRecording(rule, findings);
        }
    }
}
