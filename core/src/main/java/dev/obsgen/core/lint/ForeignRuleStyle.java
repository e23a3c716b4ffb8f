package dev.obsgen.core.lint;

import dev.obsgen.core.check.Check;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.PromDuration;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * What the model's own checks demand of rules, applied to rule files without a model: durations parse (an error,
 * Prometheus refuses them), and alerts carry the conventions people page on (CamelCase names, a severity, a
 * summary and a description) as warnings, since foreign rule sets follow their own conventions.
 */
public final class ForeignRuleStyle implements Check {
    private static final Pattern CAMEL_CASE = Pattern.compile("[A-Z][a-z0-9]*(?:[A-Z][a-z0-9]*)*");

    private final boolean checksSeverity;

    /** For the check reference: the check as it runs without an obsgen catalog. */
    public ForeignRuleStyle() {
        this(true);
    }

    /**
     * Without routing to check against, a missing severity is a warning here; with an obsgen catalog it is
     * {@code alert/severity}'s error instead.
     */
    ForeignRuleStyle(boolean checksSeverity) {
        this.checksSeverity = checksSeverity;
    }

    @Override
    public String id() {
        return "rule/style";
    }

    @Override
    public String summary() {
        return "Rules without a model: durations parse; alerts are CamelCase with a severity, summary and description.";
    }

    @Override
    public String example() {
        return "- alert: high_errors  (no severity label, no summary)";
    }

    @Override
    public String fix() {
        return "Name alerts in CamelCase and give them a severity label and summary and description annotations.";
    }

    @Override
    public FindingSeverity severity() {
        return FindingSeverity.WARNING;
    }

    void check(RuleSource rule, Consumer<LintProblem> problems) {
        for (String[] duration : new String[][] {{"for", rule.forDuration()}, {"keep_firing_for", rule.keepFiringFor()},
            {"group interval", rule.groupInterval()}}) {
            if (duration[1] != null && !PromDuration.isValid(duration[1])) {
                problems.accept(problem(rule, FindingSeverity.ERROR, duration[0] + " '" + duration[1]
                        + "' is not a Prometheus duration"));
            }
        }
        if (!rule.isAlert()) {
            return;
        }
        if (!CAMEL_CASE.matcher(rule.alert()).matches() || rule.alert().length() > 40) {
            problems.accept(problem(rule, severity(), "alert '" + rule.alert()
                    + "' is not CamelCase of at most 40 characters"));
        }
        if (checksSeverity && !rule.labels().containsKey("severity")) {
            problems.accept(problem(rule, severity(), "alert '" + rule.alert() + "' has no severity label"));
        }
        for (String annotation : new String[] {"summary", "description"}) {
            if (!rule.annotations().containsKey(annotation)) {
                problems.accept(problem(rule, severity(), "alert '" + rule.alert() + "' has no " + annotation
                        + " annotation"));
            }
        }
    }

    private LintProblem problem(RuleSource rule, FindingSeverity severity, String message) {
        return new LintProblem(rule.file(), rule.line(), 1, severity, id(), message);
    }
}
