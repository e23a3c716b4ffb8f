package dev.obsgen.core.verify;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.verify.ServerSnapshot.ActiveTarget;
import dev.obsgen.model.scrape.ScrapeJob;
import java.util.Comparator;
import java.util.List;

/**
 * A target whose last scrape failed: its metrics are missing or stale, and verifying them says little.
 */
@CheckDefinition(
        id = TargetDown.ID,
        severity = FindingSeverity.WARNING,
        summary = "Every active target of the model's jobs answered its last scrape.",
        example = "job 'api' target api-1:8080: health down, connection refused",
        fix = "Bring the target up, or fix what its last error names (address, path, TLS, authentication).")
public final class TargetDown implements VerifyCheck {
    public static final String ID = "verify/target-down";

    @Override
    public void verify(VerifyContext context, VerifySink sink) {
        for (ScrapeJob job : context.model().jobs()) {
            List<ActiveTarget> targets = context.server().targets().getOrDefault(job.name(), List.of()).stream()
                    .sorted(Comparator.comparing(ActiveTarget::address)).toList();
            for (ActiveTarget target : targets) {
                if (target.health().equals("down")) {
                    sink.job(job.name(), "target '" + target.address() + "' is down"
                            + (target.lastError().isEmpty() ? "" : ": " + target.lastError()));
                }
            }
        }
    }
}
