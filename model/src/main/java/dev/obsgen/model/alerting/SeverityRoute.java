package dev.obsgen.model.alerting;

import dev.obsgen.model.Nullable;
import dev.obsgen.model.Values;
import java.util.List;

/**
 * Where alerts of one severity go, and when: {@code activeTimeIntervals} empty means at any time.
 * {@code repeatInterval} overrides the policy's when set.
 */
public record SeverityRoute(Severity severity, String receiver, List<String> activeTimeIntervals,
                            @Nullable String repeatInterval) {
    public SeverityRoute {
        activeTimeIntervals = Values.list(activeTimeIntervals);
    }

    public static SeverityRoute always(Severity severity, String receiver) {
        return new SeverityRoute(severity, receiver, List.of(), null);
    }

    public static SeverityRoute during(Severity severity, String receiver, String... timeIntervals) {
        return new SeverityRoute(severity, receiver, Values.of(timeIntervals), null);
    }

    public SeverityRoute repeatInterval(String duration) {
        return new SeverityRoute(severity, receiver, activeTimeIntervals, duration);
    }
}
