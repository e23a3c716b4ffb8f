package dev.obsgen.core.check.alert;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.promql.QueryCheck;
import dev.obsgen.core.check.promql.QueryContext;
import dev.obsgen.core.check.promql.QueryFindings;
import dev.obsgen.core.check.promql.QueryKind;
import dev.obsgen.core.check.promql.QueryTemplates;
import dev.obsgen.core.gotemplate.AlertTemplate;
import dev.obsgen.core.gotemplate.ValuePrint;
import java.util.Map;

/**
 * An alert's labels are its identity: a label that prints the value changes whenever the value does, so each
 * evaluation resolves the alert and starts a new one, whose {@code for} starts over and whose notifications repeat.
 * Comparing the value to pick a label ({@code {{ if gt $value 100.0 }}critical{{ else }}warning{{ end }}}) is fine.
 */
@CheckDefinition(
        id = "alert/value-in-label",
        severity = FindingSeverity.ERROR,
        summary = "No alert label prints the alert's $value.",
        example = "labels: current: \"{{ $value | humanize }}\"",
        fix = "Print the value in an annotation; a label may only pick among fixed values: "
                + "{{ if gt $value 100.0 }}critical{{ else }}warning{{ end }}.",
        queryKinds = QueryKind.ALERT,
        needsExpression = false)
public final class ValueInLabel implements QueryCheck {
    @Override
    public void check(QueryContext context, QueryFindings findings) {
        for (Map.Entry<String, AlertTemplate> template : context.templates().all().entrySet()) {
            if (!QueryTemplates.isLabel(template.getKey())) {
                continue;
            }
            for (ValuePrint print : template.getValue().valuePrints()) {
                findings.reportInTemplate(template.getKey(), print.offset(), QueryTemplates.describe(template.getKey())
                        + " prints the alert's value, so every new value makes a new alert (the old one resolves, "
                        + "'for' starts over); print it in an annotation");
            }
        }
    }
}
