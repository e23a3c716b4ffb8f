package dev.obsgen.model.alerting;

import dev.obsgen.model.Values;
import java.util.List;
import java.util.Objects;

/**
 * Where alerts of one severity go, and when: {@code activeTimeIntervals} empty means at any time.
 * {@code repeatInterval} overrides the policy's when set.
 */
public record SeverityRoute(Severity severity, String receiver, List<String> activeTimeIntervals, String repeatInterval) {
    public SeverityRoute {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(receiver, "receiver");
        activeTimeIntervals = Values.list(activeTimeIntervals);
    }

    public static SeverityRoute always(Severity severity, String receiver) {
        return new SeverityRoute(severity, receiver, List.of(), null);
    }

    public static SeverityRoute during(Severity severity, String receiver, String... timeIntervals) {
        return new SeverityRoute(severity, receiver, List.of(timeIntervals), null);
    }

    public SeverityRoute repeatInterval(String duration) {
        return new SeverityRoute(severity, receiver, activeTimeIntervals, duration);
    }
}
