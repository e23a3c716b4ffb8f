package dev.obsgen.promql;

import java.util.List;
import java.util.Objects;

/** A function call such as {@code rate(foo[5m])}. */
public record Call(Function function, List<Expr> args, PositionRange position) implements Expr {

    public Call {
        Objects.requireNonNull(function);
        args = List.copyOf(args);
        Objects.requireNonNull(position);
    }

    public String name() {
        return function.name();
    }

    @Override
    public ValueType type() {
        return function.returnType();
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Call that && StructuralEquality.equal(this, that);
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
