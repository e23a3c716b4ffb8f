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
 * Go prints a float64 with every digit it needs to be read back: a rate or ratio in an annotation reads
 * {@code 0.030000000000000002} or {@code 1.2345678901234567e-05}. Only expressions whose values are fractions are
 * flagged; {@code {{ $value }}} of {@code count(...) > 3} prints a whole number.
 */
@CheckDefinition(
        id = "alert/value-format",
        severity = FindingSeverity.WARNING,
        summary = "An annotation prints a fractional $value through a formatting function.",
        example = "description \"error ratio {{ $value }}\" on sum(rate(errors_total[5m])) / sum(rate(requests_total[5m]))"
                + " > 0.01",
        fix = "{{ $value | humanizePercentage }} for a ratio, {{ $value | humanize }} for a rate, "
                + "{{ $value | humanizeDuration }} for seconds, or {{ printf \"%.2f\" $value }}.",
        queryKinds = QueryKind.ALERT)
public final class ValueFormat implements QueryCheck {
    @Override
    public void check(QueryContext context, QueryFindings findings) {
        ValueShape shape = null;
        for (Map.Entry<String, AlertTemplate> template : context.templates().all().entrySet()) {
            if (QueryTemplates.isLabel(template.getKey())) {
                continue;
            }
            for (ValuePrint print : template.getValue().valuePrints()) {
                if (print.formatted()) {
                    continue;
                }
                if (shape == null) {
                    shape = ValueShape.of(context.ast());
                }
                if (shape == ValueShape.FRACTIONAL) {
                    findings.reportInTemplate(template.getKey(), print.offset(), QueryTemplates.describe(template.getKey())
                            + " prints the alert's fractional value with every digit (such as 0.030000000000000002); "
                            + "format it with humanize, humanizePercentage, humanizeDuration or printf");
                }
            }
        }
    }
}
