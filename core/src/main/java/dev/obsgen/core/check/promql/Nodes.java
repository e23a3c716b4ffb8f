package dev.obsgen.core.check.promql;

import dev.obsgen.promql.Expr;
import dev.obsgen.promql.ExprWalker;
import dev.obsgen.promql.Paren;
import dev.obsgen.promql.VectorSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** The shapes of {@link ExprWalker} most checks need: every node with its ancestors, every selector. */
public final class Nodes {
    private Nodes() {
    }

    /**
     * Every node in source order with its ancestors from the root down, innermost last. The list is the walker's
     * live view: valid only during the call, and not to be kept.
     */
    static void walk(Expr root, BiConsumer<Expr, List<Expr>> visitor) {
        ExprWalker.walk(root, (node, ancestors) -> {
            visitor.accept(node, ancestors);
            return true;
        });
    }

    public static List<VectorSelector> selectors(Expr root) {
        List<VectorSelector> found = new ArrayList<>();
        walk(root, (node, ancestors) -> {
            if (node instanceof VectorSelector selector) {
                found.add(selector);
            }
        });
        return found;
    }

    public static Expr unwrap(Expr expr) {
        Expr current = expr;
        while (current instanceof Paren paren) {
            current = paren.expr();
        }
        return current;
    }
}
