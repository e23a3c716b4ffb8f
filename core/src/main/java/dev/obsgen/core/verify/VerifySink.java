package dev.obsgen.core.verify;

import dev.obsgen.core.check.FindingSeverity;
import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one check: the check gives what it is about and the message, the sink its id. */
final class VerifySink {
    private final VerifyCheck check;
    private final List<VerifyFinding> findings = new ArrayList<>();

    VerifySink(VerifyCheck check) {
        this.check = check;
    }

    void job(String job, String message) {
        add(check.severity(), job, "", "", message);
    }

    void metric(String job, String metric, String message) {
        add(check.severity(), job, metric, "", message);
    }

    void rule(String rule, String message) {
        add(check.severity(), "", "", rule, message);
    }

    void add(FindingSeverity severity, String job, String metric, String rule, String message) {
        findings.add(new VerifyFinding(check.id(), severity, job, metric, rule, message));
    }

    List<VerifyFinding> findings() {
        return findings;
    }
}
