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
import dev.obsgen.core.gotemplate.TemplateQuery;
import dev.obsgen.promql.Expr;
import dev.obsgen.promql.ExprWalker;
import dev.obsgen.promql.NodePath;
import dev.obsgen.promql.ParseException;
import dev.obsgen.promql.PromQL;
import dev.obsgen.promql.VectorSelector;
import java.util.Map;

/**
 * A template's {@code query "..."} runs when the alert fires: a query that does not parse makes the annotation an
 * error message, a metric the model does not declare returns nothing, and a label read from its result that the query does not keep ({@code {{ range query "sum(up)" }}
 * {{ .Labels.instance }}}) prints nothing. The query's labels are inferred as the alert's expression's are.
 */
@CheckDefinition(
        id = "alert/template-query",
        severity = FindingSeverity.ERROR,
        summary = "A query an alert template runs parses, names declared metrics, and the template reads only labels the "
                + "query keeps.",
        example = "{{ with query \"sum(rate(errors_total[5m]\" }}...{{ end }} (unclosed parenthesis), "
                + "{{ range query \"sum by (job) (up)\" }}{{ .Labels.instance }}{{ end }}",
        fix = "Fix the query where the message points, or read a label it keeps (or keep the label: sum by (job, "
                + "instance) (up)).",
        queryKinds = QueryKind.ALERT,
        needsExpression = false)
public final class TemplateQueries implements QueryCheck {
    @Override
    public void check(QueryContext context, QueryFindings findings) {
        for (Map.Entry<String, AlertTemplate> template : context.templates().all().entrySet()) {
            for (TemplateQuery query : template.getValue().queries()) {
                check(context, template.getKey(), query, findings);
            }
        }
    }

    private void check(QueryContext context, String key, TemplateQuery query, QueryFindings findings) {
        String where = QueryTemplates.describe(key);
        if (query.query().isBlank()) {
            findings.reportInTemplate(key, query.offset(), where + " runs an empty query");
            return;
        }
        Expr ast;
        try {
            ast = PromQL.parse(query.query());
        } catch (ParseException e) {
            findings.reportInTemplate(key, query.templateOffset(e.offset()), where + " runs a query that does not "
                    + "parse: " + e.reason() + " (query " + e.line() + ":" + e.column() + ")");
            return;
        }
        if (context.catalog().complete()) {
            for (VectorSelector selector : ExprWalker.vectorSelectors(ast).stream().map(NodePath::node).toList()) {
                selector.metricName().filter(name -> context.catalog().lookup(name).isEmpty()).ifPresent(name ->
                        findings.reportInTemplate(key, query.templateOffset(selector.position().start()), where
                                + " runs a query on metric '" + name + "', which is not declared"
                                + context.catalog().closest(name).map(c -> "; did you mean '" + c + "'?").orElse("")));
            }
        }
        Labels labels = context.labels().of(ast);
        for (LabelReference read : query.labelsRead()) {
            if (labels.certainlyLacks(read.label())) {
                // Without a model the annotation still renders, only that part is empty: a warning there.
                FindingSeverity severity = context.catalog().complete() ? severity() : FindingSeverity.WARNING;
                findings.reportInTemplate(severity, key, read.offset(), where + " reads label '" + read.label()
                        + "' from the result of query \"" + query.query() + "\", but "
                        + (labels.complete() ? "its series carry only " + labels.shown()
                        : "the query removes it from its series"));
            }
        }
    }
}
