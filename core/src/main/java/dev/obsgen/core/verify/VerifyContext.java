package dev.obsgen.core.verify;

import dev.obsgen.core.verify.ServerSnapshot.MetricSeen;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.scrape.ScrapeJob;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/** The model and what the server said, with the pairings several checks share. */
public final class VerifyContext {
    private final VerifiedModel model;
    private final ServerSnapshot server;

    VerifyContext(VerifiedModel model, ServerSnapshot server) {
        this.model = model;
        this.server = server;
    }

    VerifiedModel model() {
        return model;
    }

    ServerSnapshot server() {
        return server;
    }

    /** Each declared metric of each job the server scrapes, with what the server holds of it. */
    void forEachMetric(BiConsumer<Metric, MetricSeen> action) {
        for (ScrapeJob job : model.jobs()) {
            if (!server.scrapes(job.name())) {
                continue;
            }
            for (Metric metric : model.metrics(job.name())) {
                server.metric(job.name(), metric.name()).ifPresent(seen -> action.accept(metric, seen));
            }
        }
    }

    /**
     * The names the job exposes in place of a declared metric it does not expose, when they differ from its series
     * names only in the unit ({@code _milliseconds_bucket} for {@code _seconds_bucket}): a unit drift rather than a
     * missing metric and undeclared ones. Empty when the metric is exposed or nothing stands in for it.
     */
    Set<String> unitCounterparts(Metric metric) {
        Optional<MetricSeen> seen = server.metric(metric.job(), metric.name());
        ServerSnapshot.Exposed exposed = server.exposed().get(metric.job());
        if (seen.isEmpty() || seen.get().present() || exposed == null) {
            return Set.of();
        }
        Set<String> counterparts = new TreeSet<>();
        for (String series : metric.seriesNames()) {
            Optional<UnitInName.Split> declared = UnitInName.split(series);
            if (declared.isEmpty()) {
                continue;
            }
            for (String name : exposed.names()) {
                Optional<UnitInName.Split> other = UnitInName.split(name);
                if (other.isPresent() && other.get().sameQuantity(declared.get())
                        && model.metricOfSeries(name).isEmpty()) {
                    counterparts.add(name);
                }
            }
        }
        return counterparts;
    }
}
