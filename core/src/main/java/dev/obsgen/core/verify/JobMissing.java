package dev.obsgen.core.verify;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;

/**
 * A job the server does not scrape collects none of its metrics: every alert over them is blind.
 */
@CheckDefinition(
        id = JobMissing.ID,
        severity = FindingSeverity.ERROR,
        summary = "Every scrape job of the model is in the configuration the server runs.",
        example = "the model scrapes job 'payments'; the server's scrape_configs have no job_name 'payments'",
        fix = "Deploy the generated prometheus.yml (or add the job to the server's configuration) and reload the server.")
public final class JobMissing implements VerifyCheck {
    public static final String ID = "verify/job-missing";

    @Override
    public void verify(VerifyContext context, VerifySink sink) {
        for (var job : context.model().jobs()) {
            if (!context.server().scrapes(job.name())) {
                sink.job(job.name(), "the server does not scrape this job: its configuration has no job_name '"
                        + job.name() + "'");
            }
        }
    }
}
