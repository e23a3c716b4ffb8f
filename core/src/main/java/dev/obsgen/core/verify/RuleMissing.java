package dev.obsgen.core.verify;

import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;

/**
 * An alert or recording rule of the model that the server has not loaded: it never fires, or never records.
 */
public final class RuleMissing implements VerifyCheck {
    public static final String ID = "verify/rule-missing";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String summary() {
        return "Every alert and recording rule of the model is loaded on the server.";
    }

    @Override
    public String example() {
        return "alert 'PaymentsBacklog' in the model; /api/v1/rules lists no alerting rule of that name";
    }

    @Override
    public String fix() {
        return "Deploy the generated rule files, list them in rule_files, and reload the server.";
    }

    @Override
    public FindingSeverity severity() {
        return FindingSeverity.ERROR;
    }

    @Override
    public void verify(VerifyContext context, VerifySink sink) {
        for (RuleGroup group : context.model().ruleGroups()) {
            for (Rule rule : group.rules()) {
                if (RuleMatch.candidates(context.server(), rule).isEmpty()) {
                    sink.rule(RuleMatch.element(rule, group), "the server has loaded no "
                            + (RuleMatch.isAlert(rule) ? "alerting" : "recording") + " rule of this name");
                }
            }
        }
    }

}
