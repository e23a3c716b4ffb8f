package dev.obsgen.promql;

import java.util.Objects;

/**
 * An expression in parentheses; kept so that printing reproduces the grouping.
 *
 * @param type the type of the inner expression, taken when the node is built
 */
public record Paren(Expr expr, PositionRange position, ValueType type) implements Expr {

    public Paren {
        Objects.requireNonNull(expr);
        Objects.requireNonNull(position);
        if (type != expr.type()) {
            throw new IllegalArgumentException("parentheses around a " + expr.type() + " are of that type, not " + type);
        }
    }

    public Paren(Expr expr, PositionRange position) {
        this(expr, position, expr.type());
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Paren that && StructuralEquality.equal(this, that);
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
