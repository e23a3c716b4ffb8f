package dev.obsgen.core.check.alert;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.CheckInput;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.CheckedModel;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.GroupedRule;
import dev.obsgen.core.check.CheckedModelCheck;
import dev.obsgen.core.check.promql.QueryTemplates;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.rule.AlertRule;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Routing hangs on the severity label: an alert without one, or with a value no route knows, pages nobody or
 * the wrong people. The severities are the ones the model's routing routes; where no routing is known (rule files
 * linted without an obsgen catalog, or a model without a notification policy) they are the standard set, and on rule
 * files, which may follow conventions of their own, a miss is then a warning.
 */
@CheckDefinition(id = "alert/severity", severity = FindingSeverity.ERROR,
        summary = "Every alert has a severity of critical, warning or info, set with severity(...).",
        example = "Rule.alert(\"QueueBacklog\").label(\"severity\", \"urgent\"), or no severity(...) at all",
        fix = "Set severity(Severity.CRITICAL | WARNING | INFO).",
        inputs = {CheckInput.MODEL, CheckInput.RULE_FILES})
public final class AlertSeverity implements CheckedModelCheck {
    @Override
    public void check(CheckedModel checked, FindingSink findings) {
        Observability model = checked.model();
        List<String> known = Arrays.stream(Severity.values()).map(Severity::label).toList();
        Set<Severity> routes = EnumSet.noneOf(Severity.class);
        if (model.notifications() != null) {
            model.notifications().routes().forEach(route -> routes.add(route.severity()));
        }
        // Routing (alertmanager/routing) makes sure a model routes every one of them.
        List<String> routed = routes.isEmpty() ? known : routes.stream().map(Severity::label).toList();
        FindingSeverity severity = routes.isEmpty() ? findings.convention() : severity();
        String choices = String.join(", ", routed);
        for (GroupedRule<AlertRule> alert : checked.rules().alerts()) {
            String label = alert.rule().labels().get(Severity.LABEL);
            Severity set = alert.rule().severity();
            if (label != null && known.contains(label)) {
                findings.report(alert.element(), "set the severity with severity(Severity."
                        + label.toUpperCase(Locale.ROOT) + "), not as a label");
                continue;
            }
            String given = label != null ? label : set == null ? null : set.label();
            if (given == null) {
                findings.report(severity, alert.element(), "has no severity; set one of " + choices);
            } else if (!routed.contains(given)) {
                findings.reportOnField(severity, alert.element(), QueryTemplates.labelKey(Severity.LABEL),
                        "severity '" + given + "' is not one of " + choices);
            }
        }
    }
}
