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

    /** Keeps the ancestors of a walk as they are (they are immutable and shared); copies any other list. */
    public NodePath {
        Objects.requireNonNull(node);
        ancestors = Ancestors.of(ancestors);
    }

    public Optional<Expr> parent() {
        return Optional.ofNullable(chain().innermost());
    }

    /** 0 for the root. */
    public int depth() {
        return ancestors.size();
    }

    public Expr root() {
        return ancestors.isEmpty() ? node : chain().root();
    }

    /** The closest containing node of the type. */
    public <A extends Expr> Optional<A> nearest(Class<A> type) {
        for (Ancestors link = chain(); link.size() > 0; link = link.outer()) {
            if (type.isInstance(link.innermost())) {
                return Optional.of(type.cast(link.innermost()));
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
        for (Ancestors link = chain(); link.size() > 0; link = link.outer()) {
            if (link.innermost() instanceof Call || link.innermost() instanceof Aggregate) {
                return Optional.of(link.innermost());
            }
        }
        return Optional.empty();
    }

    /**
     * The nearest ancestor that is not a {@link Paren}, and the child of it on the way to the node:
     * for {@code rate((foo[5m]))} the selector's effective parent is the call.
     */
    public Optional<Expr> effectiveParent() {
        for (Ancestors link = chain(); link.size() > 0; link = link.outer()) {
            if (!(link.innermost() instanceof Paren)) {
                return Optional.of(link.innermost());
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
        Ancestors mine = chain();
        Ancestors theirs = that.chain();
        while (mine != theirs) {
            if (mine.innermost() != theirs.innermost()) {
                return false;
            }
            mine = mine.outer();
            theirs = theirs.outer();
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

    private Ancestors chain() {
        return (Ancestors) ancestors;
    }
}
