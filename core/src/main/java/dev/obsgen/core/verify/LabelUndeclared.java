package dev.obsgen.core.verify;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import java.util.Map;
import java.util.Set;

/**
 * A label on a metric's series that the model does not declare (nor is {@code job}, {@code instance}, a
 * target label, {@code le} or {@code quantile}): more series than the model expects, and a label no query
 * check knows.
 */
@CheckDefinition(
        id = LabelUndeclared.ID,
        severity = FindingSeverity.WARNING,
        summary = "Every label on a declared metric's series is declared, or one Prometheus or the scrape job adds.",
        example = "Metric.counter(\"payments_processed_total\").withLabel(\"method\", \"card\"); "
                + "its series carry region=\"eu\"",
        fix = "Declare the label on the metric, or stop the exporter from adding it (or drop it with metric relabelling).")
public final class LabelUndeclared implements VerifyCheck {
    public static final String ID = "verify/label-undeclared";

    @Override
    public void verify(VerifyContext context, VerifySink sink) {
        context.forEachMetric((metric, seen) -> {
            Set<String> allowed = context.model().allowedLabels(metric);
            for (String label : seen.labelNames()) {
                if (label.startsWith("__") || allowed.contains(label)) {
                    continue;
                }
                String example = seen.sample().stream().filter(s -> s.containsKey(label)).findFirst()
                        .map(s -> " (for example " + label + "=\"" + s.get(label) + "\")").orElse("");
                sink.metric(metric.job(), metric.name(), "series carry the label '" + label
                        + "', which the model does not declare" + example);
            }
        });
    }
}
