package dev.obsgen.core.check.alert;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.CheckInput;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.GroupedRule;
import dev.obsgen.core.check.RuleCheck;
import dev.obsgen.model.rule.AlertRule;
import java.util.Set;

/**
 * Whoever is paged reads the summary, then the description, then follows the runbook: all three must be there. A
 * convention: on rule files, which may follow their own, what is missing is a warning. A rule file's alert is read
 * as import would declare it, so one without a {@code runbook_url} links the runbook stub import would write.
 */
@CheckDefinition(id = "alert/annotations", severity = FindingSeverity.ERROR,
        summary = "Every alert has a summary, a description and a runbook.",
        example = "Rule.alert(\"QueueBacklog\").summary(\"Queue backlog.\") with no description or runbook",
        fix = "Add description(\"...{{ $labels.queue }}...\") and runbook(\"queue-backlog\").",
        inputs = {CheckInput.MODEL, CheckInput.RULE_FILES})
public final class AlertAnnotations implements RuleCheck {
    /** Annotations the model fills from dedicated fields; setting them by hand would be overwritten. */
    static final Set<String> RESERVED = Set.of("summary", "description", "runbook_url");

    @Override
    public void checkAlert(GroupedRule<AlertRule> alert, FindingSink findings) {
        AlertRule rule = alert.rule();
        FindingSeverity severity = findings.convention();
        if (blank(rule.summary())) {
            findings.report(severity, alert.element(), "has no summary: one sentence saying what is wrong");
        } else if (rule.summary().contains("\n")) {
            findings.report(severity, alert.element(), "summary must be one line");
        }
        if (blank(rule.description())) {
            findings.report(severity, alert.element(), "has no description: say what is affected, using {{ $labels.x }} and {{ $value }}");
        }
        if (rule.runbookUrl() != null) {
            if (rule.runbook() != null) {
                findings.report(severity, alert.element(), "has both runbook('" + rule.runbook() + "') and runbookUrl('"
                        + rule.runbookUrl() + "'); keep one");
            } else if (!rule.runbookUrl().matches("https?://[^\\s]+")) {
                findings.report(severity, alert.element(), "runbookUrl '" + rule.runbookUrl()
                        + "' must be an absolute http or https URL");
            }
        } else if (blank(rule.runbook())) {
            findings.report(severity, alert.element(), "has no runbook; name one with runbook(\"slug\"), or link one that lives "
                    + "elsewhere with runbookUrl(\"https://...\")");
        } else if (!rule.runbook().matches("[a-z0-9][a-z0-9-]*")) {
            findings.report(severity, alert.element(), "runbook '" + rule.runbook()
                    + "' must be a slug of lowercase letters, digits and dashes");
        }
        for (String name : rule.annotations().keySet()) {
            if (RESERVED.contains(name)) {
                findings.report(severity, alert.element(), "annotation '" + name + "' is set from its own field; do not set it with annotation()");
            }
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
