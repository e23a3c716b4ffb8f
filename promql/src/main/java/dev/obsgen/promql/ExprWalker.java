package dev.obsgen.promql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Walks an expression tree depth-first in source order, handing each node its ancestors.
 *
 * <pre>{@code
 * for (NodePath<VectorSelector> use : ExprWalker.find(expr, VectorSelector.class)) {
 *     String metric = use.node().metricName().orElse("?");
 *     Optional<Call> call = use.enclosingCall();   // rate(...) around it, if any
 * }
 * }</pre>
 */
public final class ExprWalker {

    /** Receives every node on the way down and, if its children were entered, on the way up. */
    public interface Visitor {

        /**
         * @param ancestors the containing nodes from the root down; a live view only valid
         *                  during the call
         * @return whether to walk the node's children
         */
        boolean enter(Expr node, List<Expr> ancestors);

        default void leave(Expr node, List<Expr> ancestors) {
        }
    }

    private ExprWalker() {
    }

    public static void walk(Expr root, Visitor visitor) {
        List<Expr> stack = new ArrayList<>(16);
        walk(root, visitor, stack, Collections.unmodifiableList(stack));
    }

    private static void walk(Expr node, Visitor visitor, List<Expr> stack, List<Expr> view) {
        if (!visitor.enter(node, view)) {
            return;
        }
        List<Expr> children = children(node);
        if (!children.isEmpty()) {
            stack.add(node);
            for (Expr child : children) {
                walk(child, visitor, stack, view);
            }
            stack.remove(stack.size() - 1);
        }
        visitor.leave(node, view);
    }

    /** The direct sub-expressions in source order; an aggregation's parameter comes first. */
    public static List<Expr> children(Expr node) {
        if (node instanceof Binary binary) {
            return List.of(binary.lhs(), binary.rhs());
        }
        if (node instanceof Call call) {
            return call.args();
        }
        if (node instanceof Aggregate aggregate) {
            return aggregate.param() == null ? List.of(aggregate.expr()) : List.of(aggregate.param(), aggregate.expr());
        }
        if (node instanceof Paren paren) {
            return List.of(paren.expr());
        }
        if (node instanceof Unary unary) {
            return List.of(unary.expr());
        }
        if (node instanceof Subquery subquery) {
            return List.of(subquery.expr());
        }
        if (node instanceof MatrixSelector matrix) {
            return List.of(matrix.selector());
        }
        return List.of();
    }

    /** Every node with its ancestors, in source order. */
    public static List<NodePath<Expr>> all(Expr root) {
        return find(root, Expr.class);
    }

    /** Every node of the type with its ancestors, in source order. */
    public static <T extends Expr> List<NodePath<T>> find(Expr root, Class<T> type) {
        List<NodePath<T>> found = new ArrayList<>();
        walk(root, (node, ancestors) -> {
            if (type.isInstance(node)) {
                found.add(new NodePath<>(type.cast(node), ancestors));
            }
            return true;
        });
        return found;
    }

    /** Every vector selector, including those inside range selectors. */
    public static List<NodePath<VectorSelector>> vectorSelectors(Expr root) {
        return find(root, VectorSelector.class);
    }

    /** Where the node (this very object, not an equal one) is in the tree. */
    public static Optional<NodePath<Expr>> pathTo(Expr root, Expr node) {
        List<NodePath<Expr>> found = new ArrayList<>(1);
        walk(root, (candidate, ancestors) -> {
            if (!found.isEmpty()) {
                return false;
            }
            if (candidate == node) {
                found.add(new NodePath<>(candidate, ancestors));
                return false;
            }
            return true;
        });
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }
}
