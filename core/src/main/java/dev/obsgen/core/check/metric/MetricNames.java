package dev.obsgen.core.check.metric;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.Elements;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.CheckedModel;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.GroupedRule;
import dev.obsgen.core.check.CheckedModelCheck;
import dev.obsgen.model.Observability;
import dev.obsgen.model.metric.Label;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.rule.RecordingRule;
import dev.obsgen.model.rule.Rule;
import java.util.regex.Pattern;

/**
 * Metric and label names must be valid in the classic exposition format, so that every Prometheus version and
 * exporter accepts them. Colons belong to recording rules; names starting with {@code __} are reserved.
 */
@CheckDefinition(
        id = "metric/name",
        severity = FindingSeverity.ERROR,
        summary = "Metric, recorded series and label names are valid Prometheus names.",
        example = "Metric.gauge(\"queue-depth\"), or withLabels(\"queue.name\")",
        fix = "Use letters, digits and underscores: queue_depth, queue_name.")
public final class MetricNames implements CheckedModelCheck {
    static final Pattern METRIC = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    static final Pattern RECORDED = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    static final Pattern LABEL = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    @Override
    public void check(CheckedModel checked, FindingSink findings) {
        Observability model = checked.model();
        for (Metric metric : model.metrics()) {
            if (!METRIC.matcher(metric.name()).matches()) {
                findings.report(Elements.metric(metric), "'" + metric.name()
                        + "' is not a valid metric name: use letters, digits and underscores, not starting with a digit"
                        + (metric.name().contains(":") ? " (colons are reserved for recording rules)" : ""));
            } else if (metric.name().startsWith("__")) {
                findings.report(Elements.metric(metric), "names starting with '__' are reserved for Prometheus' own use");
            }
            for (Label label : metric.labels()) {
                checkLabel(Elements.metric(metric), label.name(), findings);
            }
        }
        for (GroupedRule<Rule> rule : checked.rules().all()) {
            if (rule.rule() instanceof RecordingRule recording && !RECORDED.matcher(recording.name()).matches()) {
                findings.report(rule.element(), "'" + recording.name() + "' is not a valid series name");
            }
            rule.rule().labels().keySet().forEach(name -> checkLabel(rule.element(), name, findings));
        }
    }

    private static void checkLabel(String element, String name, FindingSink findings) {
        if (!LABEL.matcher(name).matches()) {
            findings.report(element, "'" + name + "' is not a valid label name: use letters, digits and underscores");
        } else if (name.startsWith("__")) {
            findings.report(element, "label '" + name + "': names starting with '__' are reserved for Prometheus' own use");
        }
    }
}
