package dev.obsgen.core.verify;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;

/**
 * An alert or recording rule of the model that the server has not loaded: it never fires, or never records.
 */
@CheckDefinition(
        id = RuleMissing.ID,
        severity = FindingSeverity.ERROR,
        summary = "Every alert and recording rule of the model is loaded on the server.",
        example = "alert 'PaymentsBacklog' in the model; /api/v1/rules lists no alerting rule of that name",
        fix = "Deploy the generated rule files, list them in rule_files, and reload the server.")
public final class RuleMissing implements VerifyCheck {
    public static final String ID = "verify/rule-missing";

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
