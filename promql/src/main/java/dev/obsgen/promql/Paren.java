package dev.obsgen.promql;

import java.util.Objects;

/** An expression in parentheses; kept so that printing reproduces the grouping. */
public record Paren(Expr expr, PositionRange position) implements Expr {

    public Paren {
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
        return other instanceof Paren that && expr.equals(that.expr);
    }

    @Override
    public int hashCode() {
        return 31 * expr.hashCode() + 7;
    }

    @Override
    public String toString() {
        return Printer.print(this);
    }
}
