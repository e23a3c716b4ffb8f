package dev.obsgen.core.check.metric;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.Elements;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
import dev.obsgen.model.Observability;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.metric.MetricType;

/**
 * A counter's name ends in {@code _total} and nothing else's does: people and linters (and OpenMetrics) read the
 * type from the name, and a counter without the suffix ends up graphed raw.
 */
@CheckDefinition(
        id = "metric/counter-suffix",
        severity = FindingSeverity.ERROR,
        summary = "Counters end in _total; gauges, histograms and summaries do not.",
        example = "Metric.counter(\"jobs_done\")",
        fix = "Name counters with _total (jobs_done_total) and nothing else with it.")
public final class CounterSuffix implements ModelCheck {
    @Override
    public void check(Observability model, FindingSink findings) {
        for (Metric metric : model.metrics()) {
            boolean total = metric.name().endsWith("_total");
            if (metric.type() == MetricType.COUNTER && !total) {
                findings.report(Elements.metric(metric), "a counter's name must end in '_total'; rename it to '"
                        + metric.name() + "_total'");
            } else if (metric.type() != MetricType.COUNTER && total) {
                findings.report(Elements.metric(metric), "a " + metric.type().exposition()
                        + " must not end in '_total': the suffix tells readers and linters that the metric is a counter");
            }
        }
    }
}
