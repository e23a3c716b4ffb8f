package dev.obsgen.model.slo;

/**
 * What an SLO measures: the share of events that are bad. A ratio of two counter selectors, the requests of a
 * histogram slower than one of its bucket boundaries, or the scrapes of a job that found its targets down.
 */
public sealed interface Sli permits RatioSli, LatencySli, AvailabilitySli {
    /** Bad events over all events, both counter selectors such as {@code metadata_errors_total{job="api"}}. */
    static RatioSli errors(String errors, String total) {
        return new RatioSli(RatioSli.Counts.BAD, errors, total);
    }

    /** Good events over all events: the bad ones are the total less the good. */
    static RatioSli successes(String successes, String total) {
        return new RatioSli(RatioSli.Counts.GOOD, successes, total);
    }

    /** Requests of a histogram at most {@code threshold}, a declared bucket boundary, are good. */
    static LatencySli latency(String histogram, double threshold) {
        return new LatencySli(histogram, threshold, "");
    }

    /** The scrapes of a job whose {@code up} is 0 are bad: for services that count no requests. */
    static AvailabilitySli up(String job) {
        return new AvailabilitySli(job);
    }
}
