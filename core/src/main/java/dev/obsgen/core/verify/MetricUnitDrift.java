package dev.obsgen.core.verify;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.verify.ServerSnapshot.Metadata;
import dev.obsgen.model.metric.Metric;
import java.util.Set;
import java.util.TreeSet;

/**
 * A metric exposed in another unit than the model's: a {@code _milliseconds} series in place of the
 * declared {@code _seconds}, or metadata that announces another unit (OpenMetrics {@code # UNIT}). Thresholds
 * and panels are off by the factor between the units.
 */
@CheckDefinition(
        id = MetricUnitDrift.ID,
        severity = FindingSeverity.ERROR,
        summary = "Each declared metric is exposed in its declared unit, by name suffix and by metadata unit.",
        example = "Metric.histogram(\"api_latency_seconds\"); the job exposes api_latency_milliseconds",
        fix = "Expose the metric in the declared base unit (seconds, bytes), or declare the unit it has.")
public final class MetricUnitDrift implements VerifyCheck {
    public static final String ID = "verify/metric-unit";

    @Override
    public void verify(VerifyContext context, VerifySink sink) {
        for (Metric metric : context.model().checkedMetrics()) {
            Set<String> counterparts = context.unitCounterparts(metric);
            if (!counterparts.isEmpty()) {
                String first = counterparts.iterator().next();
                String unit = UnitInName.split(first).orElseThrow().unit();
                String declared = metric.seriesNames().stream().map(UnitInName::split).flatMap(java.util.Optional::stream)
                        .findFirst().orElseThrow().unit();
                sink.metric(metric.job(), metric.name(), "not exposed; the job exposes " + String.join(", ", counterparts)
                        + " instead, in " + unit + " where the model says " + declared);
            }
        }
        context.forEachMetric((metric, seen) -> {
            String declared = metric.unit().suffix().orElse("");
            Set<String> other = new TreeSet<>();
            for (Metadata entry : seen.metadata()) {
                if (!entry.unit().isEmpty() && !entry.unit().equals(declared)) {
                    other.add(entry.unit());
                }
            }
            if (!other.isEmpty()) {
                sink.metric(metric.job(), metric.name(), "the job's targets announce the unit "
                        + String.join(", ", other) + ", the model declares "
                        + (declared.isEmpty() ? "none" : declared));
            }
        });
    }
}
