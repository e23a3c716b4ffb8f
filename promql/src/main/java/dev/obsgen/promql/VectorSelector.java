package dev.obsgen.promql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An instant vector selector: {@code http_requests_total{job="api"} @ 1609746000 offset 5m}.
 *
 * <p>Inside a {@link MatrixSelector} it also carries the modifiers written after the range
 * ({@code foo[5m] offset 1m}), like upstream; its own position then covers only the name and the
 * braces.
 *
 * @param name     the metric name written before the braces, or "" ({@code {"my.metric"}} has
 *                 no name but a {@code __name__} matcher; see {@link #metricName()})
 * @param matchers the matchers between the braces, in source order
 * @param offset   the {@code offset} modifier, or null
 * @param at       the {@code @} modifier, or null
 * @param anchored the experimental {@code anchored} modifier
 * @param smoothed the experimental {@code smoothed} modifier
 */
public record VectorSelector(
        String name,
        List<LabelMatcher> matchers,
        DurationExpr offset,
        AtModifier at,
        boolean anchored,
        boolean smoothed,
        PositionRange position) implements Expr {

    public VectorSelector {
        Objects.requireNonNull(name);
        matchers = List.copyOf(matchers);
        Objects.requireNonNull(position);
    }

    public static VectorSelector of(String name, LabelMatcher... matchers) {
        return new VectorSelector(name, List.of(matchers), null, null, false, false, new PositionRange(0, 0));
    }

    /**
     * The metric this selector selects by exact name: the name before the braces, else the value
     * of the first {@code __name__="..."} matcher.
     */
    public Optional<String> metricName() {
        if (!name.isEmpty()) {
            return Optional.of(name);
        }
        for (LabelMatcher matcher : matchers) {
            if (matcher.isMetricName() && matcher.type() == MatchType.EQUAL) {
                return Optional.of(matcher.value());
            }
        }
        return Optional.empty();
    }

    /** The matchers on the label, e.g. every matcher of {@code le}. */
    public List<LabelMatcher> matchersOf(String label) {
        List<LabelMatcher> found = new ArrayList<>(2);
        for (LabelMatcher matcher : matchers) {
            if (matcher.name().equals(label)) {
                found.add(matcher);
            }
        }
        return found;
    }

    /** The matchers other than those on {@code __name__}. */
    public List<LabelMatcher> labelMatchers() {
        List<LabelMatcher> found = new ArrayList<>(matchers.size());
        for (LabelMatcher matcher : matchers) {
            if (!matcher.isMetricName()) {
                found.add(matcher);
            }
        }
        return found;
    }

    public VectorSelector withOffset(DurationExpr newOffset, PositionRange newPosition) {
        return new VectorSelector(name, matchers, newOffset, at, anchored, smoothed, newPosition);
    }

    public VectorSelector withAt(AtModifier newAt, PositionRange newPosition) {
        return new VectorSelector(name, matchers, offset, newAt, anchored, smoothed, newPosition);
    }

    public VectorSelector withModifiers(boolean newAnchored, boolean newSmoothed, PositionRange newPosition) {
        return new VectorSelector(name, matchers, offset, at, newAnchored, newSmoothed, newPosition);
    }

    @Override
    public ValueType type() {
        return ValueType.INSTANT_VECTOR;
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VectorSelector that
                && name.equals(that.name)
                && matchers.equals(that.matchers)
                && Objects.equals(offset, that.offset)
                && Objects.equals(at, that.at)
                && anchored == that.anchored
                && smoothed == that.smoothed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, matchers, offset, at, anchored, smoothed);
    }

    @Override
    public String toString() {
        return Printer.print(this);
    }
}
