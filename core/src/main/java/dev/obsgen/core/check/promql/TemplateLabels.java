package dev.obsgen.core.check.promql;

import dev.obsgen.core.check.FindingSeverity;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An annotation that prints {@code $labels.x} for a label the alert's series cannot carry prints nothing; the
 * labels are inferred through the expression's aggregations and joins.
 */
public final class TemplateLabels implements QueryCheck {
    private static final Pattern REFERENCE = Pattern.compile("(?:\\$labels|\\.Labels)\\.([a-zA-Z_][a-zA-Z0-9_]*)");

    @Override
    public String id() {
        return "alert/template-label";
    }

    @Override
    public String summary() {
        return "Alert templates refer only to labels the alert's expression keeps.";
    }

    @Override
    public String example() {
        return "description \"{{ $labels.status }}\" on sum by (flow) (...) > 1";
    }

    @Override
    public String fix() {
        return "Refer to a label the result keeps ($labels.flow), or keep the label in the aggregation.";
    }

    @Override
    public FindingSeverity severity() {
        return FindingSeverity.ERROR;
    }

    @Override
    public void check(QueryContext context, QueryFindings findings) {
        Query query = context.query();
        if (query.kind() != QueryKind.ALERT) {
            return;
        }
        Labels result = context.labels().of(context.ast());
        if (!result.complete()) {
            return;
        }
        for (Map.Entry<String, String> template : new TreeMap<>(query.templates()).entrySet()) {
            Matcher reference = REFERENCE.matcher(template.getValue());
            while (reference.find()) {
                String label = reference.group(1);
                if (!result.names().contains(label) && !query.staticLabels().containsKey(label)) {
                    // Without a model the rule still loads and fires, only its text is empty: a warning there.
                    FindingSeverity severity = context.catalog().complete() ? severity() : FindingSeverity.WARNING;
                    findings.report(severity, context.ast().position(), template.getKey() + " refers to $labels." + label
                            + ", but the alert's series carry only " + new TreeSet<>(result.names()));
                }
            }
        }
    }
}
