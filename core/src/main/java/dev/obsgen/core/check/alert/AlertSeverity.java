package dev.obsgen.core.check.alert;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.CheckInput;
import dev.obsgen.core.check.Elements;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
import dev.obsgen.core.check.SharedNames;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.RuleGroup;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Routing hangs on the severity label: an alert without one, or with a value no route knows, pages nobody or
 * the wrong people.
 */
@CheckDefinition(
        id = "alert/severity",
        severity = FindingSeverity.ERROR,
        summary = "Every alert has a severity of critical, warning or info, set with severity(...).",
        example = "Rule.alert(\"QueueBacklog\").label(\"severity\", \"urgent\"), or no severity(...) at all",
        fix = "Set severity(Severity.CRITICAL | WARNING | INFO).",
        inputs = {CheckInput.MODEL, CheckInput.RULE_FILES})
public final class AlertSeverity implements ModelCheck {
    @Override
    public void check(Observability model, FindingSink findings) {
        // Routing (alertmanager/routing) makes sure a model routes every one of them.
        List<String> known = Arrays.stream(Severity.values()).map(Severity::label).toList();
        SharedNames shared = SharedNames.of(model);
        for (RuleGroup group : model.ruleGroups()) {
            for (AlertRule alert : group.alerts()) {
                String label = alert.labels().get(Severity.LABEL);
                if (label != null && known.contains(label)) {
                    findings.report(Elements.alert(shared, group, alert), "set the severity with severity(Severity."
                            + label.toUpperCase(Locale.ROOT) + "), not as a label");
                    continue;
                }
                String severity = label != null ? label : alert.severity() == null ? null : alert.severity().label();
                String element = Elements.alert(shared, group, alert);
                unrouted(severity, known).ifPresent(message -> findings.report(element, message));
            }
        }
    }

    /**
     * The rule this check is about, for the model's alerts and for rule files linted against a catalog alike: why
     * an alert with this severity (null: none) reaches no route, or empty when one of the routed severities is it.
     */
    public static Optional<String> unrouted(String severity, Collection<String> routed) {
        String known = String.join(", ", routed);
        if (severity == null) {
            return Optional.of("has no severity; set one of " + known);
        }
        return routed.contains(severity) ? Optional.empty()
                : Optional.of("severity '" + severity + "' is not one of " + known);
    }
}
