package dev.obsgen.core.verify;

import dev.obsgen.core.check.FindingSeverity;

/**
 * A job the server does not scrape collects none of its metrics: every alert over them is blind.
 */
public final class JobMissing implements VerifyCheck {
    public static final String ID = "verify/job-missing";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String summary() {
        return "Every scrape job of the model is in the configuration the server runs.";
    }

    @Override
    public String example() {
        return "the model scrapes job 'payments'; the server's scrape_configs have no job_name 'payments'";
    }

    @Override
    public String fix() {
        return "Deploy the generated prometheus.yml (or add the job to the server's configuration) and reload the server.";
    }

    @Override
    public FindingSeverity severity() {
        return FindingSeverity.ERROR;
    }

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
