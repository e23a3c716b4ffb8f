package dev.obsgen.promql;

import java.util.Objects;

/**
 * A binary operation such as {@code a / on (job) group_left (owner) b}.
 *
 * @param returnBool the {@code bool} modifier of a comparison
 * @param matching   how the series pair up; null when one side is a scalar
 * @param type       what the operation evaluates to, derived from the operands' types when the node is built, so
 *                   that asking a long chain {@code a + b + c + ...} for its type does not walk the chain
 */
public record Binary(BinaryOp op, Expr lhs, Expr rhs, boolean returnBool, VectorMatching matching,
        PositionRange position, ValueType type) implements Expr {

    public Binary {
        Objects.requireNonNull(op);
        Objects.requireNonNull(lhs);
        Objects.requireNonNull(rhs);
        Objects.requireNonNull(position);
        if (type != typeOf(lhs, rhs)) {
            throw new IllegalArgumentException("a binary operation on " + lhs.type() + " and " + rhs.type()
                    + " is of type " + typeOf(lhs, rhs) + ", not " + type);
        }
    }

    public Binary(BinaryOp op, Expr lhs, Expr rhs, boolean returnBool, VectorMatching matching,
            PositionRange position) {
        this(op, lhs, rhs, returnBool, matching, position, typeOf(lhs, rhs));
    }

    private static ValueType typeOf(Expr lhs, Expr rhs) {
        return lhs.type() == ValueType.SCALAR && rhs.type() == ValueType.SCALAR
                ? ValueType.SCALAR
                : ValueType.INSTANT_VECTOR;
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Binary that && StructuralEquality.equal(this, that);
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
