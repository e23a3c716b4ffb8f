package dev.obsgen.promql;

import java.util.Objects;

/** {@code -expr} or {@code +expr} on a scalar or an instant vector. */
public record Unary(UnaryOp op, Expr expr, PositionRange position) implements Expr {

    public Unary {
        Objects.requireNonNull(op);
        Objects.requireNonNull(expr);
        Objects.requireNonNull(position);
    }

    @Override
    public ValueType type() {
        return expr.type();
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Unary that && op == that.op && expr.equals(that.expr);
    }

    @Override
    public int hashCode() {
        return Objects.hash(op, expr);
    }

    @Override
    public String toString() {
        return Printer.print(this);
    }
}
