package dev.obsgen.promql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A node together with the nodes that contain it, so that a check on a node can look at its
 * context: the function a selector is passed to, the aggregation around it, the binary
 * operation it takes part in.
 *
 * @param node      the node
 * @param ancestors the containing nodes from the root down to the parent; empty for the root
 * @param <T>       the type of the node
 */
public record NodePath<T extends Expr>(T node, List<Expr> ancestors) {

    public NodePath {
        Objects.requireNonNull(node);
        ancestors = List.copyOf(ancestors);
    }

    public Optional<Expr> parent() {
        return ancestors.isEmpty() ? Optional.empty() : Optional.of(ancestors.get(ancestors.size() - 1));
    }

    /** 0 for the root. */
    public int depth() {
        return ancestors.size();
    }

    public Expr root() {
        return ancestors.isEmpty() ? node : ancestors.get(0);
    }

    /** The closest containing node of the type. */
    public <A extends Expr> Optional<A> nearest(Class<A> type) {
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            Expr ancestor = ancestors.get(i);
            if (type.isInstance(ancestor)) {
                return Optional.of(type.cast(ancestor));
            }
        }
        return Optional.empty();
    }

    /** The closest function call around the node, e.g. the {@code rate} of a selector. */
    public Optional<Call> enclosingCall() {
        return nearest(Call.class);
    }

    public Optional<Aggregate> enclosingAggregate() {
        return nearest(Aggregate.class);
    }

    /** The closest call or aggregation around the node, whichever is nearer. */
    public Optional<Expr> enclosingCallOrAggregate() {
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            Expr ancestor = ancestors.get(i);
            if (ancestor instanceof Call || ancestor instanceof Aggregate) {
                return Optional.of(ancestor);
            }
        }
        return Optional.empty();
    }

    /**
     * The nearest ancestor that is not a {@link Paren}, and the child of it on the way to the node:
     * for {@code rate((foo[5m]))} the selector's effective parent is the call.
     */
    public Optional<Expr> effectiveParent() {
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            if (!(ancestors.get(i) instanceof Paren)) {
                return Optional.of(ancestors.get(i));
            }
        }
        return Optional.empty();
    }

    /** The ancestors and the node, from the root down. */
    public List<Expr> fromRoot() {
        List<Expr> path = new ArrayList<>(ancestors.size() + 1);
        path.addAll(ancestors);
        path.add(node);
        return path;
    }

    /** Identity-based, since equal subtrees can occur at several places of one expression. */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof NodePath<?> that) || node != that.node || ancestors.size() != that.ancestors.size()) {
            return false;
        }
        for (int i = 0; i < ancestors.size(); i++) {
            if (ancestors.get(i) != that.ancestors.get(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(node);
    }

    @Override
    public String toString() {
        return node + " at " + node.position();
    }
}
