package dev.obsgen.core.verify;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.verify.ServerSnapshot.ServerRule;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.scrape.ScrapeJob;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A metric a job exposes that the model does not declare for it: a renamed metric, or one nobody checks.
 * Prometheus' own series ({@code up}, {@code scrape_*}), {@code ALERTS} and series recording rules write are not
 * metrics of the job.
 */
@CheckDefinition(
        id = MetricUndeclared.ID,
        severity = FindingSeverity.WARNING,
        summary = "Every metric a job of the model exposes is declared for that job.",
        example = "job 'payments' exposes payments_pending_items; the model declares payments_pending",
        fix = "Declare the metric (with its type, labels and job), or stop exposing it.")
public final class MetricUndeclared implements VerifyCheck {
    public static final String ID = "verify/metric-undeclared";

    @Override
    public void verify(VerifyContext context, VerifySink sink) {
        Set<String> recorded = new HashSet<>();
        context.server().rules().stream().filter(r -> !r.alert()).map(ServerRule::name).forEach(recorded::add);
        for (ScrapeJob job : context.model().jobs()) {
            ServerSnapshot.Exposed exposed = context.server().exposed().get(job.name());
            if (exposed == null) {
                continue;
            }
            Set<String> counterparts = new HashSet<>();
            for (Metric metric : context.model().metrics(job.name())) {
                counterparts.addAll(context.unitCounterparts(metric));
            }
            for (String name : exposed.names()) {
                if (synthetic(name) || recorded.contains(name) || context.model().records(name)
                        || counterparts.contains(name)) {
                    continue;
                }
                Optional<Metric> declared = context.model().metricOfSeries(createdOf(name));
                if (declared.isEmpty()) {
                    sink.job(job.name(), "exposes '" + name + "', which the model does not declare");
                } else if (!job.name().equals(declared.get().job())) {
                    sink.job(job.name(), "exposes '" + name + "', which the model declares for job '"
                            + declared.get().job() + "'");
                }
            }
        }
    }

    /** The series Prometheus writes for every target, and the ones it writes for alerts. */
    static boolean synthetic(String name) {
        return name.equals("up") || name.startsWith("scrape_") || name.equals("ALERTS")
                || name.equals("ALERTS_FOR_STATE");
    }

    /** A counter's or histogram's {@code _created} series belongs to it (OpenMetrics). */
    private static String createdOf(String name) {
        return name.endsWith("_created") ? name.substring(0, name.length() - "_created".length()) : name;
    }
}
