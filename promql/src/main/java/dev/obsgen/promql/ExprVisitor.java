package dev.obsgen.promql;

/**
 * Double dispatch over the node types. Use {@link ExprWalker} to walk a whole tree.
 *
 * @param <R> what a visit returns
 */
public interface ExprVisitor<R> {

    R visit(NumberLiteral node);

    R visit(StringLiteral node);

    R visit(VectorSelector node);

    R visit(MatrixSelector node);

    R visit(Subquery node);

    R visit(Paren node);

    R visit(Unary node);

    R visit(Binary node);

    R visit(Aggregate node);

    R visit(Call node);
}
