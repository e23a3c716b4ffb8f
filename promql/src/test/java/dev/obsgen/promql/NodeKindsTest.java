package dev.obsgen.promql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every dispatch over the sealed node families (the walker, the printer, structural equality and hashing, duration
 * evaluation) handles every kind and throws on one it has no branch for. These expressions hold a node of every
 * permitted kind, so a kind added to {@link Expr} or {@link DurationExpr} fails here until a sample of it is added,
 * and with it every dispatch is run on it.
 */
class NodeKindsTest {
    private static final List<String> SAMPLES = List.of(
            "-sum by (job) (rate(foo{job=\"a\"}[5m])) > bool 1",
            "topk(3, (bar))",
            "max_over_time(label_replace(baz, \"dst\", \"$1\", \"src\", \"(.*)\")[1h:5m] offset 1m)",
            "foo[5m + -step() * 2]");

    @Test
    void theSamplesHoldEveryKindOfNode() {
        assertEquals(names(Expr.class.getPermittedSubclasses()), names(exprKinds()));
        assertEquals(names(DurationExpr.class.getPermittedSubclasses()), names(durationKinds()));
    }

    @Test
    void everyDispatchHandlesEveryKind() {
        for (String sample : SAMPLES) {
            Expr expr = PromQL.parse(sample);
            assertEquals(expr, PromQL.parse(PromQL.print(expr)), sample);
            assertEquals(expr.hashCode(), PromQL.parse(PromQL.print(expr)).hashCode(), sample);
            Printer.tree(expr);
            for (NodePath<Expr> node : ExprWalker.all(expr)) {
                ExprWalker.children(node.node());
                node.node().experimentalFeatures();
            }
            for (DurationExpr duration : durations(expr)) {
                assertEquals(duration, duration);
                duration.hashCode();
                Printer.print(duration);
                duration.evaluate(60, 3600);
            }
        }
    }

    private static Set<Class<?>> exprKinds() {
        return SAMPLES.stream().map(PromQL::parse).flatMap(e -> ExprWalker.all(e).stream())
                .map(path -> path.node().getClass()).collect(Collectors.toSet());
    }

    private static Set<Class<?>> durationKinds() {
        return SAMPLES.stream().map(PromQL::parse).flatMap(e -> durations(e).stream()).map(Object::getClass)
                .collect(Collectors.toSet());
    }

    /** Every duration node of the ranges, steps and offsets in the expression. */
    private static List<DurationExpr> durations(Expr root) {
        ArrayDeque<DurationExpr> pending = new ArrayDeque<>();
        for (NodePath<Expr> path : ExprWalker.all(root)) {
            Expr node = path.node();
            if (node instanceof MatrixSelector matrix) {
                pending.add(matrix.range());
            } else if (node instanceof Subquery subquery) {
                pending.add(subquery.range());
                pending.add(subquery.step());
                if (subquery.offset() != null) {
                    pending.add(subquery.offset());
                }
            }
        }
        List<DurationExpr> all = new java.util.ArrayList<>();
        while (!pending.isEmpty()) {
            DurationExpr next = pending.pop();
            all.add(next);
            pending.addAll(StructuralEquality.children(next));
        }
        return all;
    }

    private static Set<String> names(Class<?>[] kinds) {
        return names(Arrays.stream(kinds).collect(Collectors.toSet()));
    }

    private static Set<String> names(Set<Class<?>> kinds) {
        return kinds.stream().map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
    }
}
