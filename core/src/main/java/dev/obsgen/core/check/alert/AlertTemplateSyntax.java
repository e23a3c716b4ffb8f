package dev.obsgen.core.check.alert;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.promql.QueryCheck;
import dev.obsgen.core.check.promql.QueryContext;
import dev.obsgen.core.check.promql.QueryFindings;
import dev.obsgen.core.check.promql.QueryKind;
import dev.obsgen.core.check.promql.QueryTemplates;
import dev.obsgen.core.gotemplate.AlertTemplate;
import dev.obsgen.core.gotemplate.TemplateParseException;
import java.util.Map;

/**
 * Prometheus expands every label and annotation of an alerting rule as a Go template, and refuses to load a rule
 * file in which one does not parse. The template is parsed as Go parses it, with Prometheus' functions and the
 * variables it defines ({@code $labels}, {@code $value}, {@code $externalLabels}, {@code $externalURL}); an unknown
 * function or undefined variable is a parse error in Go too. It needs no expression, so it runs on alerts whose
 * expression does not parse.
 */
@CheckDefinition(
        id = "alert/template",
        severity = FindingSeverity.ERROR,
        summary = "Every label and annotation of an alert parses as a Prometheus template.",
        example = "description \"{{ $value | humanise }}\" (no such function), \"{{ $lables.job }}\" (undefined "
                + "variable), label \"{{ $labels.job\" (unclosed action), \"{{ if $value }}high\" (no {{ end }})",
        fix = "Fix the template where the message points: call a function Prometheus defines, spell $labels, $value, "
                + "$externalLabels or $externalURL, close each action with }} and each if, range or with block with "
                + "{{ end }}. A literal {{ is written {{ \"{{\" }}.",
        queryKinds = QueryKind.ALERT,
        needsExpression = false)
public final class AlertTemplateSyntax implements QueryCheck {
    @Override
    public void check(QueryContext context, QueryFindings findings) {
        for (Map.Entry<String, AlertTemplate> template : context.templates().all().entrySet()) {
            template.getValue().error().ifPresent(error -> report(template.getKey(), error, findings));
        }
    }

    private void report(String key, TemplateParseException error, QueryFindings findings) {
        findings.reportInTemplate(key, error.offset(),
                QueryTemplates.describe(key) + " does not parse as a template: " + error.reason());
    }
}
