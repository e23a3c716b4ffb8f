package dev.obsgen.core.check;

import dev.obsgen.model.Observability;
import dev.obsgen.model.rule.RecordingRule;

/** A model check that reads each recording rule on its own, handed the rules of {@link ModelRules#recordings}. */
public interface RecordingCheck extends ModelCheck {
    void checkRecording(GroupedRule<RecordingRule> rule, FindingSink findings);

    @Override
    default void check(Observability model, FindingSink findings) {
        for (GroupedRule<RecordingRule> rule : ModelRules.recordings(model)) {
            checkRecording(rule, findings);
        }
    }
}
