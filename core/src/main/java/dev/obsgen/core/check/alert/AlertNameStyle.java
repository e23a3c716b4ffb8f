package dev.obsgen.core.check.alert;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.CheckInput;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.GroupedRule;
import dev.obsgen.core.check.RuleCheck;
import dev.obsgen.model.rule.AlertRule;
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
public final class AlertNameStyle implements RuleCheck {
    private static final Pattern CAMEL_CASE = Pattern.compile("[A-Z][a-z0-9]*(?:[A-Z][a-z0-9]*)*");
    static final int MAX_LENGTH = 40;

    @Override
    public void checkAlert(GroupedRule<AlertRule> alert, FindingSink findings) {
        String name = alert.rule().name();
        if (!CAMEL_CASE.matcher(name).matches()) {
            findings.reportOnField(findings.convention(), alert.element(), "alert",
                    "alert name must be CamelCase (letters and digits, starting with a capital), such as 'MetadataServiceDown'");
        } else if (name.length() > MAX_LENGTH) {
            findings.reportOnField(findings.convention(), alert.element(), "alert",
                    "alert name has " + name.length() + " characters; at most " + MAX_LENGTH + " are allowed");
        }
    }
}
