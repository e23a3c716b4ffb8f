package dev.obsgen.promql;

import java.util.Objects;

/** A string literal in any of the three quotings, with escapes resolved. */
public record StringLiteral(String value, PositionRange position) implements Expr {

    public StringLiteral {
        Objects.requireNonNull(value);
        Objects.requireNonNull(position);
    }

    public static StringLiteral of(String value) {
        return new StringLiteral(value, new PositionRange(0, 0));
    }

    @Override
    public ValueType type() {
        return ValueType.STRING;
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StringLiteral that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return Printer.print(this);
    }
}
