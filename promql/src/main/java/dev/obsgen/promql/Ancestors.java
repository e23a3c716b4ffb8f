package dev.obsgen.promql;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;

/**
 * The ancestors of a node, from the root down, as an immutable list that shares all but its last element with the
 * list of the parent. Keeping the path of every node of a 10,000-deep chain then costs one link per node rather
 * than a copy of the path per node.
 *
 * <p>The last element and the first are at hand; any other index builds an array of the whole path once.
 */
final class Ancestors extends AbstractList<Expr> {

    static final Ancestors NONE = new Ancestors(null, null, 0);

    private final Expr innermost;
    private final Ancestors outer;
    private final Expr root;
    private final int size;
    private volatile Expr[] materialized;

    private Ancestors(Expr innermost, Ancestors outer, int size) {
        this.innermost = innermost;
        this.outer = outer;
        this.size = size;
        this.root = outer == null || outer.size == 0 ? innermost : outer.root;
    }

    /** The list as it is, if it is one of these; otherwise a copy. */
    static Ancestors of(List<Expr> ancestors) {
        if (ancestors instanceof Ancestors shared) {
            return shared;
        }
        Ancestors chain = NONE;
        for (Expr ancestor : ancestors) {
            chain = chain.then(ancestor);
        }
        return chain;
    }

    /** These ancestors with the node below the innermost one. */
    Ancestors then(Expr node) {
        return new Ancestors(Objects.requireNonNull(node), this, size + 1);
    }

    /** The parent, or null for the empty list. */
    Expr innermost() {
        return innermost;
    }

    /** The list without its last element; null for the empty list. */
    Ancestors outer() {
        return outer;
    }

    /** The first element, or null for the empty list. */
    Expr root() {
        return root;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Expr get(int index) {
        Objects.checkIndex(index, size);
        if (index == size - 1) {
            return innermost;
        }
        if (index == 0) {
            return root;
        }
        return array()[index];
    }

    private Expr[] array() {
        Expr[] array = materialized;
        if (array == null) {
            array = new Expr[size];
            Ancestors link = this;
            for (int i = size - 1; i >= 0; i--) {
                array[i] = link.innermost;
                link = link.outer;
            }
            materialized = array;
        }
        return array;
    }
}
