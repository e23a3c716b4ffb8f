package dev.obsgen.model.dashboard;

import java.util.Objects;

/** The dashboard's default time range, in Grafana's relative syntax such as {@code now-6h} to {@code now}. */
public record TimeRange(String from, String to) {
    public TimeRange {
        Objects.requireNonNull(from, "time from");
        Objects.requireNonNull(to, "time to");
    }

    public static TimeRange last(String duration) {
        return new TimeRange("now-" + duration, "now");
    }
}
