package dev.obsgen.core.verify;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.scrape.ScrapeJob;
import java.util.List;

/**
 * A declared metric with no series in its job: every alert, recording rule and panel over it sees nothing.
 */
@CheckDefinition(
        id = MetricMissing.ID,
        severity = FindingSeverity.ERROR,
        summary = "Every declared metric has series in its job on the server.",
        example = "Metric.gauge(\"payments_pending\").job(\"payments\"); the job exposes payments_pending_items instead",
        fix = "Expose the metric under its declared name, or rename it in the model (and in every query that reads it).")
public final class MetricMissing implements VerifyCheck {
    public static final String ID = "verify/metric-missing";

    @Override
    public void verify(VerifyContext context, VerifySink sink) {
        for (ScrapeJob job : context.model().jobs()) {
            boolean down = !context.server().targets().getOrDefault(job.name(), List.of()).isEmpty()
                    && context.server().targets().get(job.name()).stream().noneMatch(t -> t.health().equals("up"));
            for (Metric metric : context.model().metrics(job.name())) {
                context.server().metric(job.name(), metric.name()).ifPresent(seen -> {
                    if (!seen.present() && context.unitCounterparts(metric).isEmpty()) {
                        sink.metric(job.name(), metric.name(), "no series of this " + metric.type().exposition()
                                + " in the job" + (down ? " (every target of the job is down)" : ""));
                    }
                });
            }
        }
    }
}
