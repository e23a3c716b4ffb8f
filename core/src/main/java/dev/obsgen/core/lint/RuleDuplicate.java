package dev.obsgen.core.lint;

import dev.obsgen.core.check.Check;
import dev.obsgen.core.check.FindingSeverity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Prometheus refuses a file with two groups of one name; two identical rules evaluate twice and, for recording
 * rules, write the same series twice.
 */
public final class RuleDuplicate implements Check {
    @Override
    public String id() {
        return "rule/duplicate";
    }

    @Override
    public String summary() {
        return "No group name repeats in a file and no rule repeats with the same name, expression and labels.";
    }

    @Override
    public String example() {
        return "two groups named \"api\" in one file, or the same rule written twice";
    }

    @Override
    public String fix() {
        return "Rename the group or remove the repeated rule.";
    }

    @Override
    public FindingSeverity severity() {
        return FindingSeverity.ERROR;
    }

    void check(List<RuleSource> rules, Consumer<LintProblem> problems) {
        Map<String, Integer> groupLines = new HashMap<>();
        Map<String, Integer> groupFirstRule = new HashMap<>();
        Map<String, RuleSource> seen = new HashMap<>();
        String previousGroupKey = null;
        for (RuleSource rule : rules) {
            String groupKey = rule.file() + "\u0000" + rule.group();
            if (!groupKey.equals(previousGroupKey) && groupFirstRule.containsKey(groupKey)) {
                problems.accept(new LintProblem(rule.file(), rule.line(), 1, FindingSeverity.ERROR, id(),
                        "group '" + rule.group() + "' is repeated in this file (first at line "
                                + groupLines.get(groupKey) + "); Prometheus refuses the file"));
            }
            groupFirstRule.putIfAbsent(groupKey, rule.line());
            groupLines.putIfAbsent(groupKey, rule.line());
            previousGroupKey = groupKey;
            String ruleKey = rule.name() + "\u0000" + rule.expr().strip() + "\u0000" + new java.util.TreeMap<>(rule.labels());
            RuleSource first = seen.putIfAbsent(ruleKey, rule);
            if (first != null) {
                problems.accept(new LintProblem(rule.file(), rule.line(), 1, FindingSeverity.WARNING, id(),
                        (rule.isAlert() ? "alert '" : "recording rule '") + rule.name()
                                + "' repeats the rule at " + first.file() + ":" + first.line()));
            }
        }
    }
}
