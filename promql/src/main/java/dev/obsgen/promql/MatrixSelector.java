package dev.obsgen.promql;

import java.util.Objects;
import java.util.Optional;

/**
 * A range vector selector {@code foo{job="api"}[5m]}. The {@code offset}, {@code @},
 * {@code anchored} and {@code smoothed} modifiers written after the range live on the
 * {@link #selector()}.
 */
public record MatrixSelector(VectorSelector selector, DurationExpr range, PositionRange position) implements Expr {

    public MatrixSelector {
        Objects.requireNonNull(selector);
        Objects.requireNonNull(range);
        Objects.requireNonNull(position);
    }

    /** The range if it is a plain duration, as it is unless duration expressions are used. */
    public Optional<Duration> rangeDuration() {
        return range.constant();
    }

    public MatrixSelector withSelector(VectorSelector newSelector, PositionRange newPosition) {
        return new MatrixSelector(newSelector, range, newPosition);
    }

    @Override
    public ValueType type() {
        return ValueType.RANGE_VECTOR;
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MatrixSelector that && selector.equals(that.selector) && range.equals(that.range);
    }

    @Override
    public int hashCode() {
        return Objects.hash(selector, range);
    }

    @Override
    public String toString() {
        return Printer.print(this);
    }
}
