package dev.obsgen.core.check;

import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.Series;
import java.util.List;

/**
 * What the checks ask of a rule's promtool tests, an alert's scenarios and a recording rule's examples alike: that
 * the rule has them, and that each has input series and an evaluation time.
 */
public final class RuleTests {
    private RuleTests() {
    }

    /**
     * Reports that {@code rule} lacks a test: with the check's severity, or a warning on a rule brought in from an
     * existing rule file,
     * which generates at once and gains its tests over time.
     */
    public static void reportMissing(GroupedRule<? extends Rule> rule, String what, FindingSink findings) {
        if (rule.rule().imported()) {
            findings.report(FindingSeverity.WARNING, rule.element(), "is imported and untested: it " + what);
        } else {
            findings.report(rule.element(), what);
        }
    }

    /** How findings name one test of a rule: {@code alert 'X' in group 'g', scenario 'fires'}. */
    public static String where(GroupedRule<? extends Rule> rule, String kind, String name) {
        return rule.element() + ", " + kind + " '" + name + "'";
    }

    /** Reports a test that promtool cannot run: one without input series or without an evaluation time. */
    public static void reportIncomplete(String where, List<Series> input, String evalTime, FindingSink findings) {
        if (input.isEmpty()) {
            findings.report(where, "has no input series");
        }
        if (evalTime == null) {
            findings.report(where, "has no evaluation time; set at(\"10m\")");
        }
    }
}
