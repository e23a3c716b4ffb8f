package dev.obsgen.promql;

import java.util.Objects;
import java.util.Optional;

/**
 * A subquery {@code <expr>[<range>:<step>]}, e.g. {@code max_over_time(rate(foo[1m])[1h:5m])}.
 *
 * @param step   the resolution, or null for {@code [1h:]} (the global evaluation interval)
 * @param offset the {@code offset} modifier, or null
 * @param at     the {@code @} modifier, or null
 */
public record Subquery(Expr expr, DurationExpr range, DurationExpr step, DurationExpr offset, AtModifier at,
        PositionRange position) implements Expr {

    public Subquery {
        Objects.requireNonNull(expr);
        Objects.requireNonNull(range);
        Objects.requireNonNull(position);
    }

    public Optional<Duration> rangeDuration() {
        return range.constant();
    }

    public Optional<Duration> stepDuration() {
        return step == null ? Optional.empty() : step.constant();
    }

    public Subquery withOffset(DurationExpr newOffset, PositionRange newPosition) {
        return new Subquery(expr, range, step, newOffset, at, newPosition);
    }

    public Subquery withAt(AtModifier newAt, PositionRange newPosition) {
        return new Subquery(expr, range, step, offset, newAt, newPosition);
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
        return other instanceof Subquery that && StructuralEquality.equal(this, that);
    }

    @Override
    public int hashCode() {
        return StructuralEquality.hash(this);
    }

    @Override
    public String toString() {
        return Printer.print(this);
    }
}
