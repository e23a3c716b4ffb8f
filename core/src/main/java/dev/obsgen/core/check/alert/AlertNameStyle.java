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
import java.util.regex.Pattern;

/**
 * Alert names are what people read in pages and chat: CamelCase, at most 40 characters (the mixin convention). A
 * convention: on rule files, which may follow their own, a name that breaks it is a warning.
 */
@CheckDefinition(id = "alert/name", severity = FindingSeverity.ERROR,
        summary = "Alert names are CamelCase and at most 40 characters.",
        example = "Rule.alert(\"queue_backlog_high\")",
        fix = "Use CamelCase of at most 40 characters: Rule.alert(\"QueueBacklogHigh\").",
        inputs = {CheckInput.MODEL, CheckInput.RULE_FILES})
public final class AlertNameStyle implements ModelCheck {
    private static final Pattern CAMEL_CASE = Pattern.compile("[A-Z][a-z0-9]*(?:[A-Z][a-z0-9]*)*");
    static final int MAX_LENGTH = 40;

    @Override
    public void check(Observability model, FindingSink findings) {
        SharedNames shared = SharedNames.of(model);
        for (RuleGroup group : model.ruleGroups()) {
            for (AlertRule alert : group.alerts()) {
                String name = alert.name();
                if (!CAMEL_CASE.matcher(name).matches()) {
                    findings.reportOnField(findings.convention(), Elements.alert(shared, group, alert), "alert",
                            "alert name must be CamelCase (letters and digits, starting with a capital), such as 'MetadataServiceDown'");
                } else if (name.length() > MAX_LENGTH) {
                    findings.reportOnField(findings.convention(), Elements.alert(shared, group, alert), "alert",
                            "alert name has " + name.length() + " characters; at most " + MAX_LENGTH + " are allowed");
                }
            }
        }
    }
}
