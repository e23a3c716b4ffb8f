package dev.obsgen.core.verify;

import dev.obsgen.core.verify.ServerSnapshot.MetricSeen;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.scrape.ScrapeJob;
import java.util.Optional;
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
     * The name the job exposes in place of a declared metric it does not expose, when the two differ only in the
     * unit suffix ({@code _milliseconds} for {@code _seconds}): a unit drift rather than a missing metric.
     */
    Optional<String> unitCounterpart(Metric metric) {
        Optional<MetricSeen> seen = server.metric(metric.job(), metric.name());
        if (seen.isEmpty() || seen.get().present()) {
            return Optional.empty();
        }
        ServerSnapshot.Exposed exposed = server.exposed().get(metric.job());
        if (exposed == null) {
            return Optional.empty();
        }
        Optional<UnitSuffix.Split> declared = UnitSuffix.split(metric.name());
        if (declared.isEmpty()) {
            return Optional.empty();
        }
        for (String name : exposed.names()) {
            Optional<UnitSuffix.Split> other = UnitSuffix.split(name);
            if (other.isPresent() && other.get().stem().equals(declared.get().stem())
                    && !other.get().unit().equals(declared.get().unit())
                    && other.get().total() == declared.get().total()
                    && model.metricOfSeries(name).isEmpty()) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }
}
