package dev.obsgen.core.verify;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.model.scrape.ScrapeJob;
import dev.obsgen.model.scrape.StaticDiscovery;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A static target of the model that the server does not scrape is a service nobody watches.
 */
@CheckDefinition(
        id = TargetMissing.ID,
        severity = FindingSeverity.ERROR,
        summary = "Every static target of a job in the model is an active target of that job on the server.",
        example = "StaticDiscovery.of(\"api-1:8080\", \"api-2:8080\"); the server scrapes only api-1:8080",
        fix = "Deploy the generated prometheus.yml, or remove the target from the model.")
public final class TargetMissing implements VerifyCheck {
    public static final String ID = "verify/target-missing";

    @Override
    public void verify(VerifyContext context, VerifySink sink) {
        for (ScrapeJob job : context.model().jobs()) {
            if (!(job.discovery() instanceof StaticDiscovery statics) || !context.server().scrapes(job.name())) {
                continue;
            }
            Set<String> active = new TreeSet<>();
            context.server().targets().getOrDefault(job.name(), List.of()).forEach(t -> active.add(t.address()));
            for (String target : new TreeSet<>(statics.targets())) {
                if (!active.contains(target)) {
                    sink.job(job.name(), "the server does not scrape the model's target '" + target + "'"
                            + (active.isEmpty() ? "; it has no active target in this job"
                            : "; it scrapes " + String.join(", ", active)));
                }
            }
        }
    }
}
