package dev.obsgen.model.dashboard;

/** The dashboard's default time range, in Grafana's relative syntax such as {@code now-6h} to {@code now}. */
public record TimeRange(String from, String to) {
    public static TimeRange last(String duration) {
        return new TimeRange("now-" + duration, "now");
    }
}
