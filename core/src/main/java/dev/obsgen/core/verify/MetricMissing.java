package dev.obsgen.core.verify;

import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.scrape.ScrapeJob;
import java.util.List;

/**
 * A declared metric with no series in its job: every alert, recording rule and panel over it sees nothing.
 */
public final class MetricMissing implements VerifyCheck {
    public static final String ID = "verify/metric-missing";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String summary() {
        return "Every declared metric has series in its job on the server.";
    }

    @Override
    public String example() {
        return "Metric.gauge(\"payments_pending\").job(\"payments\"); the job exposes payments_pending_items instead";
    }

    @Override
    public String fix() {
        return "Expose the metric under its declared name, or rename it in the model (and in every query that reads it).";
    }

    @Override
    public FindingSeverity severity() {
        return FindingSeverity.ERROR;
    }

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
