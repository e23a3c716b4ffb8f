package dev.obsgen.model.slo;

/**
 * A histogram's requests at most {@code threshold} (one of its bucket boundaries) are good; {@code matchers} narrows
 * the series, such as {@code job="api"}, and may be empty.
 */
public record LatencySli(String histogram, double threshold, String matchers) implements Sli {
    public LatencySli withMatchers(String value) {
        return new LatencySli(histogram, threshold, value);
    }
}
