package dev.obsgen.promql;

import java.util.Objects;

/**
 * One matcher of a vector selector, e.g. {@code job="api"} or {@code path=~"/v1/.*"}.
 *
 * <p>A bare quoted name inside the braces ({@code {"my.metric"}}) is the matcher
 * {@code __name__="my.metric"}. Equality ignores the position.
 */
public record LabelMatcher(MatchType type, String name, String value, PositionRange position) {

    public static final String METRIC_NAME_LABEL = "__name__";

    public LabelMatcher {
        Objects.requireNonNull(type);
        Objects.requireNonNull(name);
        Objects.requireNonNull(value);
        Objects.requireNonNull(position);
    }

    public static LabelMatcher of(MatchType type, String name, String value) {
        return new LabelMatcher(type, name, value, new PositionRange(0, 0));
    }

    public boolean isMetricName() {
        return METRIC_NAME_LABEL.equals(name);
    }

    /**
     * Whether a series whose label has the given value is selected; a missing label has the
     * value "". Regular expressions are fully anchored, as in Prometheus.
     */
    public boolean matches(String labelValue) {
        return switch (type) {
            case EQUAL -> value.equals(labelValue);
            case NOT_EQUAL -> !value.equals(labelValue);
            case REGEX -> LabelRegex.compile(value).matcher(labelValue).matches();
            case NOT_REGEX -> !LabelRegex.compile(value).matcher(labelValue).matches();
        };
    }

    /** A selector made only of matchers that match the empty value would select every series. */
    public boolean matchesEmpty() {
        return switch (type) {
            case EQUAL -> value.isEmpty();
            case NOT_EQUAL -> !value.isEmpty();
            default -> matches("");
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LabelMatcher that
                && type == that.type && name.equals(that.name) && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, name, value);
    }

    @Override
    public String toString() {
        return Printer.printMatcher(this);
    }
}
