package dev.obsgen.core.verify;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.verify.ServerSnapshot.ServerRule;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import java.util.List;

/**
 * An alert or recording rule the server has loaded with another expression than the model's. Both are parsed
 * and printed by obsgen's PromQL printer first, so spacing, quoting and the way the server prints an expression
 * do not count.
 */
@CheckDefinition(
        id = RuleExpression.ID,
        severity = FindingSeverity.ERROR,
        summary = "Every rule the server has loaded under a model rule's name has the model's expression.",
        example = "the model's 'PaymentsBacklog' is payments_pending > 100; the server runs payments_pending > 1000",
        fix = "Deploy the generated rule files (the server runs an old or hand-edited copy), and reload the server.")
public final class RuleExpression implements VerifyCheck {
    public static final String ID = "verify/rule-expr";

    @Override
    public void verify(VerifyContext context, VerifySink sink) {
        for (RuleGroup group : context.model().ruleGroups()) {
            for (Rule rule : group.rules()) {
                List<ServerRule> candidates = RuleMatch.candidates(context.server(), rule);
                if (candidates.isEmpty()) {
                    continue;
                }
                String expected = RuleMatch.normalise(rule.expr());
                if (candidates.stream().noneMatch(c -> RuleMatch.normalise(c.query()).equals(expected))) {
                    ServerRule first = candidates.get(0);
                    sink.rule(RuleMatch.element(rule, group), "the server runs '" + RuleMatch.normalise(first.query())
                            + "' (group '" + first.group() + "'), the model says '" + expected + "'");
                }
            }
        }
    }
}
