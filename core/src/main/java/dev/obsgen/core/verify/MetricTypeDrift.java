package dev.obsgen.core.verify;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.verify.ServerSnapshot.Metadata;
import java.util.Set;
import java.util.TreeSet;

/**
 * A metric whose targets announce another type than the model declares: a counter served as a gauge breaks
 * every {@code rate} over it, a gauge served as a counter every query that reads its level.
 */
@CheckDefinition(
        id = MetricTypeDrift.ID,
        severity = FindingSeverity.ERROR,
        summary = "Each declared metric's metadata on the server has the declared type.",
        example = "Metric.counter(\"payments_refunds_total\"); the exporter says # TYPE payments_refunds_total gauge",
        fix = "Expose the metric with the declared type, or declare the type it really has (and fix the queries over it).")
public final class MetricTypeDrift implements VerifyCheck {
    public static final String ID = "verify/metric-type";

    @Override
    public void verify(VerifyContext context, VerifySink sink) {
        context.forEachMetric((metric, seen) -> {
            Set<String> other = new TreeSet<>();
            for (Metadata entry : seen.metadata()) {
                if (!entry.type().equals(metric.type().exposition())) {
                    other.add(entry.type().isEmpty() ? "unknown" : entry.type());
                }
            }
            if (other.isEmpty()) {
                return;
            }
            boolean untypedOnly = other.equals(Set.of("unknown"));
            sink.add(untypedOnly ? FindingSeverity.WARNING : FindingSeverity.ERROR, metric.job(), metric.name(), "",
                    "declared a " + metric.type().exposition() + ", the job's targets expose it as "
                            + (untypedOnly ? "untyped (unknown)" : "a " + String.join(", a ", other)));
        });
    }
}
