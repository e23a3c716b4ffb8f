package dev.obsgen.core.check.model;

import dev.obsgen.core.check.Elements;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.RuleGroup;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Routing hangs on the severity label: an alert without one, or with a value no route knows, pages nobody or
 * the wrong people.
 */
public final class AlertSeverity implements ModelCheck {
    @Override
    public String id() {
        return "alert/severity";
    }

    @Override
    public String summary() {
        return "Every alert has a severity of critical, warning or info, set with severity(...).";
    }

    @Override
    public String example() {
        return "Rule.alert(\"QueueBacklog\").label(\"severity\", \"urgent\"), or no severity(...) at all";
    }

    @Override
    public String fix() {
        return "Set severity(Severity.CRITICAL | WARNING | INFO).";
    }

    @Override
    public FindingSeverity severity() {
        return FindingSeverity.ERROR;
    }

    @Override
    public void check(Observability model, FindingSink findings) {
        String known = Arrays.stream(Severity.values()).map(Severity::label).collect(Collectors.joining(", "));
        for (RuleGroup group : model.ruleGroups()) {
            for (AlertRule alert : group.alerts()) {
                String label = alert.labels().get(Severity.LABEL);
                if (label != null) {
                    boolean knownValue = Arrays.stream(Severity.values()).anyMatch(s -> s.label().equals(label));
                    findings.report(Elements.alert(group, alert), knownValue
                            ? "set the severity with severity(Severity." + label.toUpperCase(java.util.Locale.ROOT)
                                    + "), not as a label"
                            : "severity '" + label + "' is not one of " + known);
                } else if (alert.severity() == null) {
                    findings.report(Elements.alert(group, alert), "has no severity; set one of " + known);
                }
            }
        }
    }
}
