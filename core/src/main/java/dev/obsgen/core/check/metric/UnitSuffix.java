package dev.obsgen.core.check.metric;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.Elements;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
import dev.obsgen.model.Observability;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.metric.Unit;
import java.util.Optional;

/** The unit a name announces ({@code _seconds}, {@code _bytes}) is the declared unit, and a declared unit is in the name. */
@CheckDefinition(
        id = "metric/unit-suffix",
        severity = FindingSeverity.ERROR,
        summary = "The unit suffix of a metric name matches the metric's declared unit.",
        example = "Metric.gauge(\"wait_seconds\").unit(Unit.BYTES)",
        fix = "Make the unit and the suffix agree: unit(Unit.SECONDS), or rename the metric.")
public final class UnitSuffix implements ModelCheck {
    @Override
    public void check(Observability model, FindingSink findings) {
        for (Metric metric : model.metrics()) {
            Unit declared = metric.unit() == null ? Unit.NONE : metric.unit();
            Optional<Unit> named = Unit.fromName(metric.name());
            if (named.isPresent() && named.get() != declared) {
                findings.report(Elements.metric(metric), "the name says the unit is " + named.get().suffix().orElseThrow()
                        + " but the declared unit is " + declared.name() + "; declare unit(Unit." + named.get().name() + ")");
            } else if (named.isEmpty() && declared.suffix().isPresent()) {
                String suffix = declared.suffix().orElseThrow();
                findings.report(Elements.metric(metric), "the declared unit is " + declared.name()
                        + " but the name does not end in '_" + suffix + "'" + (metric.name().endsWith("_total")
                        ? " (before '_total')" : ""));
            }
        }
    }
}
