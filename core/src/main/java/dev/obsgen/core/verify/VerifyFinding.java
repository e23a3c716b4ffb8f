package dev.obsgen.core.verify;

import dev.obsgen.core.check.FindingSeverity;
import java.util.Comparator;
import java.util.Objects;

/**
 * One difference between the model and the server: the check that found it, its severity, what it is about (a job,
 * a metric of a job, or a rule; empty parts are "") and what differs.
 */
public record VerifyFinding(String checkId, FindingSeverity severity, String job, String metric, String rule,
                            String message) {
    /** Job by job (metric, check, message), then the rules: the order of the report, the same on every run. */
    static final Comparator<VerifyFinding> ORDER = Comparator.comparing((VerifyFinding f) -> f.job().isEmpty())
            .thenComparing(VerifyFinding::job)
            .thenComparing(VerifyFinding::metric)
            .thenComparing(VerifyFinding::rule)
            .thenComparing(VerifyFinding::checkId)
            .thenComparing(VerifyFinding::message);

    public VerifyFinding {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(severity, "severity");
        job = job == null ? "" : job;
        metric = metric == null ? "" : metric;
        rule = rule == null ? "" : rule;
        Objects.requireNonNull(message, "message");
    }

    public boolean isError() {
        return severity == FindingSeverity.ERROR;
    }

    /** What the finding is about: {@code job 'x' metric 'y'}, {@code job 'x'} or {@code alert 'A'}. */
    public String element() {
        StringBuilder text = new StringBuilder();
        if (!job.isEmpty()) {
            text.append("job '").append(job).append('\'');
        }
        if (!metric.isEmpty()) {
            text.append(text.isEmpty() ? "" : " ").append("metric '").append(metric).append('\'');
        }
        if (!rule.isEmpty()) {
            text.append(text.isEmpty() ? "" : " ").append(rule);
        }
        return text.toString();
    }

    /** {@code verify/<id> severity job 'x' metric 'y': message}. */
    public String format() {
        return checkId + " " + severity.label() + " " + element() + ": " + message;
    }
}
