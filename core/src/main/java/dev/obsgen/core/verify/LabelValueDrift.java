package dev.obsgen.core.verify;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.model.metric.Label;
import java.util.List;

/**
 * A value of a closed-set label that the model does not allow: alerts and routes keyed on the allowed values
 * miss it, and the query checks call a selector on it impossible.
 */
@CheckDefinition(
        id = LabelValueDrift.ID,
        severity = FindingSeverity.ERROR,
        summary = "Every value of a label the model gives a closed set of values is one of them.",
        example = "withLabel(\"method\", \"card\", \"transfer\"); series carry method=\"cash\"",
        fix = "Add the value to the label's set in the model, or stop the exporter from producing it.")
public final class LabelValueDrift implements VerifyCheck {
    public static final String ID = "verify/label-value";

    @Override
    public void verify(VerifyContext context, VerifySink sink) {
        context.forEachMetric((metric, seen) -> {
            for (Label label : metric.labels()) {
                List<String> values = seen.labelValues().get(label.name());
                if (values == null || !label.isEnumerated()) {
                    continue;
                }
                List<String> outside = values.stream().filter(v -> !label.values().contains(v)).sorted().toList();
                if (!outside.isEmpty()) {
                    sink.metric(metric.job(), metric.name(), "label '" + label.name() + "' takes "
                            + quoted(outside) + ", outside its declared values " + quoted(label.values()));
                }
            }
        });
    }

    private static String quoted(List<String> values) {
        List<String> shown = values.size() > 10 ? values.subList(0, 10) : values;
        String list = String.join("', '", shown);
        return "'" + list + "'" + (values.size() > shown.size() ? " and " + (values.size() - shown.size()) + " more" : "");
    }
}
