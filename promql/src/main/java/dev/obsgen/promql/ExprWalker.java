package dev.obsgen.promql;

import java.util.AbstractList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.BiConsumer;

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
        walk(root, visitor, new Path());
    }

    /**
     * Every node in source order with its ancestors from the root down, innermost last. The list is the walker's
     * live view, not a copy: valid only during the call, and not to be kept (keep a {@link NodePath} from
     * {@link #find} instead).
     */
    public static void forEach(Expr root, BiConsumer<Expr, List<Expr>> visitor) {
        walk(root, (node, ancestors) -> {
            visitor.accept(node, ancestors);
            return true;
        });
    }

    /** The expression inside any parentheses around it. */
    public static Expr unwrapParens(Expr expr) {
        Expr current = expr;
        while (current instanceof Paren paren) {
            current = paren.expr();
        }
        return current;
    }

    /**
     * Depth-first with a stack of frames rather than the call stack, so that a chain of 10,000 operators is
     * walked like any other tree.
     */
    private static void walk(Expr root, Visitor visitor, Path path) {
        if (!visitor.enter(root, path)) {
            return;
        }
        ArrayDeque<Frame> frames = new ArrayDeque<>();
        frames.push(open(root, path));
        while (!frames.isEmpty()) {
            Frame frame = frames.peek();
            if (frame.next < frame.children.size()) {
                Expr child = frame.children.get(frame.next++);
                if (visitor.enter(child, path)) {
                    frames.push(open(child, path));
                }
            } else {
                frames.pop();
                if (!frame.children.isEmpty()) {
                    path.pop();
                }
                visitor.leave(frame.node, path);
            }
        }
    }

    /** A frame for an entered node; a node with children is an ancestor until its frame is done. */
    private static Frame open(Expr node, Path path) {
        List<Expr> children = children(node);
        if (!children.isEmpty()) {
            path.push(node);
        }
        return new Frame(node, children);
    }

    /** A node whose children are being walked, and the index of the next child to enter. */
    private static final class Frame {
        final Expr node;
        final List<Expr> children;
        int next;

        Frame(Expr node, List<Expr> children) {
            this.node = node;
            this.children = children;
        }
    }

    /**
     * The ancestors of the node being visited: the live view visitors get, and the same path as a list that
     * {@link NodePath} can keep without copying it.
     */
    private static final class Path extends AbstractList<Expr> implements RandomAccess {
        private final List<Expr> nodes = new ArrayList<>(16);
        private Ancestors shared = Ancestors.NONE;

        void push(Expr node) {
            nodes.add(node);
            shared = shared.then(node);
        }

        void pop() {
            nodes.remove(nodes.size() - 1);
            shared = shared.outer();
        }

        Ancestors shared() {
            return shared;
        }

        @Override
        public Expr get(int index) {
            return nodes.get(index);
        }

        @Override
        public int size() {
            return nodes.size();
        }
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
        if (node instanceof VectorSelector || node instanceof NumberLiteral || node instanceof StringLiteral) {
            return List.of();
        }
        throw UnhandledNode.of(node);
    }

    /** Every node with its ancestors, in source order. */
    public static List<NodePath<Expr>> all(Expr root) {
        return find(root, Expr.class);
    }

    /** Every node of the type with its ancestors, in source order. */
    public static <T extends Expr> List<NodePath<T>> find(Expr root, Class<T> type) {
        List<NodePath<T>> found = new ArrayList<>();
        Path path = new Path();
        walk(root, (node, ancestors) -> {
            if (type.isInstance(node)) {
                found.add(new NodePath<>(type.cast(node), path.shared()));
            }
            return true;
        }, path);
        return found;
    }

    /** Every vector selector, including those inside range selectors. */
    public static List<NodePath<VectorSelector>> vectorSelectors(Expr root) {
        return find(root, VectorSelector.class);
    }

    /** Where the node (this very object, not an equal one) is in the tree. */
    public static Optional<NodePath<Expr>> pathTo(Expr root, Expr node) {
        List<NodePath<Expr>> found = new ArrayList<>(1);
        Path path = new Path();
        walk(root, (candidate, ancestors) -> {
            if (!found.isEmpty()) {
                return false;
            }
            if (candidate == node) {
                found.add(new NodePath<>(candidate, path.shared()));
                return false;
            }
            return true;
        }, path);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }
}
