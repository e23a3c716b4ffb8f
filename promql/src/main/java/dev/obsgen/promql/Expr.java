package dev.obsgen.promql;

import java.util.List;

/**
 * A node of a parsed PromQL expression.
 *
 * <p>Nodes are immutable records. Their {@code equals} and {@code hashCode} compare structure
 * only and ignore positions, so {@code PromQL.parse(PromQL.print(e)).equals(e)} holds for every
 * parsed expression. {@code toString()} prints the expression in canonical form.
 */
public sealed interface Expr
        permits Aggregate, Binary, Call, MatrixSelector, NumberLiteral, Paren, StringLiteral, Subquery, Unary,
        VectorSelector {

    /** The type the expression evaluates to. */
    ValueType type();

    /** Where the expression is in the parsed input; modifiers such as {@code offset} included. */
    PositionRange position();

    <R> R accept(ExprVisitor<R> visitor);

    /** The direct sub-expressions, in source order. */
    default List<Expr> children() {
        return ExprWalker.children(this);
    }

    /** Every use of syntax that Prometheus only accepts with a feature flag, in source order. */
    default List<ExperimentalFeature> experimentalFeatures() {
        return ExperimentalFeatures.of(this);
    }
}
