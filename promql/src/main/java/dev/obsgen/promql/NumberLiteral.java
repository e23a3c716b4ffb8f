package dev.obsgen.promql;

import java.util.Objects;

/**
 * A float literal such as {@code 1}, {@code 0x1f}, {@code 1e-3}, {@code Inf} or {@code NaN}, or a
 * duration used as a number of seconds such as {@code 5m}.
 *
 * <p>A sign written in front of a literal is folded into it, as upstream does: {@code -1} is the
 * literal -1, while {@code -(1)} is a {@link Unary}.
 *
 * @param value        the value; durations in seconds
 * @param durationForm written as a duration ({@code 5m}); only affects printing
 */
public record NumberLiteral(double value, boolean durationForm, PositionRange position) implements Expr {

    public NumberLiteral {
        Objects.requireNonNull(position);
    }

    public static NumberLiteral of(double value) {
        return new NumberLiteral(value, false, new PositionRange(0, 0));
    }

    @Override
    public ValueType type() {
        return ValueType.SCALAR;
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NumberLiteral that && Double.compare(value, that.value) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(value);
    }

    @Override
    public String toString() {
        return Printer.print(this);
    }
}
