package dev.obsgen.core.verify;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.model.metric.Label;

/**
 * A declared label that no series of the metric carries: queries that group or filter by it find nothing, or
 * the exporter renamed it.
 */
@CheckDefinition(
        id = LabelMissing.ID,
        severity = FindingSeverity.WARNING,
        summary = "Every declared label of a metric is on its series on the server.",
        example = "Metric.gauge(\"queue_depth\").withLabels(\"queue\"); the series carry queue_name instead",
        fix = "Expose the label, or remove it from the model and from the queries that read it.")
public final class LabelMissing implements VerifyCheck {
    public static final String ID = "verify/label-missing";

    @Override
    public void verify(VerifyContext context, VerifySink sink) {
        context.forEachMetric((metric, seen) -> {
            if (!seen.present()) {
                return;
            }
            for (Label label : metric.labels()) {
                if (!seen.labelNames().contains(label.name())) {
                    sink.metric(metric.job(), metric.name(), "no series carries the declared label '"
                            + label.name() + "'");
                }
            }
        });
    }
}
