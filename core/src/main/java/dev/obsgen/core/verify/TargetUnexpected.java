package dev.obsgen.core.verify;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.model.scrape.ScrapeJob;
import dev.obsgen.model.scrape.StaticDiscovery;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A target the server scrapes in a static job that the model does not list: the model is out of date, or the
 * server scrapes something it should not.
 */
@CheckDefinition(
        id = TargetUnexpected.ID,
        severity = FindingSeverity.WARNING,
        summary = "A job with static targets in the model has no other active targets on the server.",
        example = "StaticDiscovery.of(\"api-1:8080\"); the server also scrapes api-old:8080 in job 'api'",
        fix = "Add the target to the model, or remove it from the server's configuration.")
public final class TargetUnexpected implements VerifyCheck {
    public static final String ID = "verify/target-unexpected";

    @Override
    public void verify(VerifyContext context, VerifySink sink) {
        for (ScrapeJob job : context.model().jobs()) {
            if (!(job.discovery() instanceof StaticDiscovery statics)) {
                continue;
            }
            Set<String> declared = Set.copyOf(statics.targets());
            Set<String> reported = new TreeSet<>();
            context.server().targets().getOrDefault(job.name(), List.of()).forEach(t -> {
                if (!declared.contains(t.address())) {
                    reported.add(t.address());
                }
            });
            for (String address : reported) {
                sink.job(job.name(), "the server scrapes '" + address + "', which the model does not list");
            }
        }
    }
}
