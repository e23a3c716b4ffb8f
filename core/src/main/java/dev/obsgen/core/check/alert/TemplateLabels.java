package dev.obsgen.core.check.alert;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.promql.Labels;
import dev.obsgen.core.check.promql.QueryCheck;
import dev.obsgen.core.check.promql.QueryContext;
import dev.obsgen.core.check.promql.QueryFindings;
import dev.obsgen.core.check.promql.QueryKind;
import dev.obsgen.core.check.promql.QueryTemplates;
import dev.obsgen.core.gotemplate.AlertTemplate;
import dev.obsgen.core.gotemplate.LabelReference;
import java.util.Map;

/**
 * An annotation that prints {@code $labels.x} for a label the alert's series cannot carry prints nothing; the
 * labels are inferred through the expression's aggregations and joins. The references come from the parsed
 * template, so text outside actions, comments and {@code .Labels} of a query result inside {@code range} do not
 * count, and {@code index $labels "x"} does.
 */
@CheckDefinition(
        id = "alert/template-label",
        severity = FindingSeverity.ERROR,
        summary = "Alert templates refer only to labels the alert's expression keeps.",
        example = "description \"{{ $labels.status }}\" on sum by (flow) (...) > 1",
        fix = "Refer to a label the result keeps ($labels.flow), or keep the label in the aggregation.",
        queryKinds = QueryKind.ALERT)
public final class TemplateLabels implements QueryCheck {
    @Override
    public void check(QueryContext context, QueryFindings findings) {
        Labels result = context.labels().of(context.ast());
        for (Map.Entry<String, AlertTemplate> template : context.templates().all().entrySet()) {
            for (LabelReference reference : template.getValue().labelReferences()) {
                String label = reference.label();
                if (result.certainlyLacks(label) && !context.query().staticLabels().containsKey(label)) {
                    // Without a model the rule still loads and fires, only its text is empty: a warning there.
                    FindingSeverity severity = context.catalog().complete() ? severity() : FindingSeverity.WARNING;
                    findings.reportInTemplate(severity, template.getKey(), reference.offset(),
                            QueryTemplates.describe(template.getKey()) + " refers to $labels." + label + ", but "
                                    + carried(result));
                }
            }
        }
    }

    static String carried(Labels result) {
        return result.complete() ? "the alert's series carry only " + result.shown()
                : "the expression removes it from the alert's series";
    }
}
