package dev.obsgen.core.check.alert;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.CheckInput;
import dev.obsgen.core.check.Elements;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
import dev.obsgen.core.check.SharedNames;
import dev.obsgen.model.Observability;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.RuleGroup;
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
public final class AlertAnnotations implements ModelCheck {
    /** Annotations the model fills from dedicated fields; setting them by hand would be overwritten. */
    static final Set<String> RESERVED = Set.of("summary", "description", "runbook_url");

    @Override
    public void check(Observability model, FindingSink findings) {
        SharedNames shared = SharedNames.of(model);
        FindingSeverity severity = findings.convention();
        for (RuleGroup group : model.ruleGroups()) {
            for (AlertRule alert : group.alerts()) {
                String element = Elements.alert(shared, group, alert);
                if (blank(alert.summary())) {
                    findings.report(severity, element, "has no summary: one sentence saying what is wrong");
                } else if (alert.summary().contains("\n")) {
                    findings.report(severity, element, "summary must be one line");
                }
                if (blank(alert.description())) {
                    findings.report(severity, element, "has no description: say what is affected, using {{ $labels.x }} and {{ $value }}");
                }
                if (alert.runbookUrl() != null) {
                    if (alert.runbook() != null) {
                        findings.report(severity, element, "has both runbook('" + alert.runbook() + "') and runbookUrl('"
                                + alert.runbookUrl() + "'); keep one");
                    } else if (!alert.runbookUrl().matches("https?://[^\\s]+")) {
                        findings.report(severity, element, "runbookUrl '" + alert.runbookUrl()
                                + "' must be an absolute http or https URL");
                    }
                } else if (blank(alert.runbook())) {
                    findings.report(severity, element, "has no runbook; name one with runbook(\"slug\"), or link one that lives "
                            + "elsewhere with runbookUrl(\"https://...\")");
                } else if (!alert.runbook().matches("[a-z0-9][a-z0-9-]*")) {
                    findings.report(severity, element, "runbook '" + alert.runbook()
                            + "' must be a slug of lowercase letters, digits and dashes");
                }
                for (String name : alert.annotations().keySet()) {
                    if (RESERVED.contains(name)) {
                        findings.report(severity, element, "annotation '" + name + "' is set from its own field; do not set it with annotation()");
                    }
                }
            }
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
