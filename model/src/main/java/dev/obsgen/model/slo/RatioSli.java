package dev.obsgen.model.slo;

/** Two counter selectors: the events the SLI counts (bad or good ones) and all events. */
public record RatioSli(Counts counts, String events, String total) implements Sli {
    /** Whether {@code events} counts the bad events or the good ones. */
    public enum Counts { BAD, GOOD }
}
