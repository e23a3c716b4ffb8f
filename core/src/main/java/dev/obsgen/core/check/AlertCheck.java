package dev.obsgen.core.check;

import dev.obsgen.model.Observability;
import dev.obsgen.model.rule.AlertRule;

/** A model check that reads each alert on its own, handed the alerts of {@link ModelRules#alerts}. */
public interface AlertCheck extends ModelCheck {
    void checkAlert(GroupedRule<AlertRule> alert, FindingSink findings);

    @Override
    default void check(Observability model, FindingSink findings) {
        for (GroupedRule<AlertRule> alert : ModelRules.alerts(model)) {
            checkAlert(alert, findings);
        }
    }
}
