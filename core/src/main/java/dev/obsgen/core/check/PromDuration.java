package dev.obsgen.core.check;

import dev.obsgen.promql.Duration;

/**
 * Prometheus' duration syntax ({@code 1h30m}, {@code 90s}, {@code 500ms}) for the durations of the model, read by
 * the PromQL parser's own {@link Duration#parse}, which Alertmanager's syntax shares.
 */
public final class PromDuration {
    private PromDuration() {
    }

    public static boolean isValid(String text) {
        return text != null && millis(text) >= 0;
    }

    /** The duration in milliseconds, or -1 when the text is not a Prometheus duration. */
    public static long millis(String text) {
        if (text == null) {
            return -1;
        }
        try {
            return Duration.parse(text).millis();
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
