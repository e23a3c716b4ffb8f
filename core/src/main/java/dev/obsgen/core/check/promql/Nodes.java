package dev.obsgen.core.check.promql;

import dev.obsgen.promql.Aggregate;
import dev.obsgen.promql.Binary;
import dev.obsgen.promql.Call;
import dev.obsgen.promql.Expr;
import dev.obsgen.promql.MatrixSelector;
import dev.obsgen.promql.Paren;
import dev.obsgen.promql.Subquery;
import dev.obsgen.promql.Unary;
import dev.obsgen.promql.VectorSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** Walks an expression tree handing each node its ancestors, innermost last, which most checks need. */
final class Nodes {
    private Nodes() {
    }

    static void walk(Expr root, BiConsumer<Expr, List<Expr>> visitor) {
        walk(root, new ArrayList<>(), visitor);
    }

    private static void walk(Expr node, List<Expr> ancestors, BiConsumer<Expr, List<Expr>> visitor) {
        visitor.accept(node, List.copyOf(ancestors));
        ancestors.add(node);
        for (Expr child : children(node)) {
            walk(child, ancestors, visitor);
        }
        ancestors.remove(ancestors.size() - 1);
    }

    static List<Expr> children(Expr node) {
        List<Expr> children = new ArrayList<>();
        if (node instanceof MatrixSelector matrix) {
            children.add(matrix.selector());
        } else if (node instanceof Subquery subquery) {
            children.add(subquery.expr());
        } else if (node instanceof Paren paren) {
            children.add(paren.expr());
        } else if (node instanceof Unary unary) {
            children.add(unary.expr());
        } else if (node instanceof Binary binary) {
            children.add(binary.lhs());
            children.add(binary.rhs());
        } else if (node instanceof Aggregate aggregate) {
            if (aggregate.param() != null) {
                children.add(aggregate.param());
            }
            children.add(aggregate.expr());
        } else if (node instanceof Call call) {
            children.addAll(call.args());
        }
        return children;
    }

    static List<VectorSelector> selectors(Expr root) {
        List<VectorSelector> found = new ArrayList<>();
        walk(root, (node, ancestors) -> {
            if (node instanceof VectorSelector selector) {
                found.add(selector);
            }
        });
        return found;
    }

    /** The nearest ancestor that is not a parenthesis or a range selector. */
    static Expr enclosing(List<Expr> ancestors) {
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            Expr ancestor = ancestors.get(i);
            if (!(ancestor instanceof Paren) && !(ancestor instanceof MatrixSelector)) {
                return ancestor;
            }
        }
        return null;
    }

    static Expr unwrap(Expr expr) {
        Expr current = expr;
        while (current instanceof Paren paren) {
            current = paren.expr();
        }
        return current;
    }
}
