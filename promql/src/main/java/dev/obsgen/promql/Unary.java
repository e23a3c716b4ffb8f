package dev.obsgen.promql;

import java.util.Objects;

/**
 * {@code -expr} or {@code +expr} on a scalar or an instant vector.
 *
 * @param type the type of the operand, taken when the node is built
 */
public record Unary(UnaryOp op, Expr expr, PositionRange position, ValueType type) implements Expr {

    public Unary {
        Objects.requireNonNull(op);
        Objects.requireNonNull(expr);
        Objects.requireNonNull(position);
        if (type != expr.type()) {
            throw new IllegalArgumentException("a sign on a " + expr.type() + " is of that type, not " + type);
        }
    }

    public Unary(UnaryOp op, Expr expr, PositionRange position) {
        this(op, expr, position, expr.type());
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Unary that && StructuralEquality.equal(this, that);
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
