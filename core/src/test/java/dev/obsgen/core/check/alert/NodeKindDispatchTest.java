package dev.obsgen.core.check.alert;

import dev.obsgen.core.check.promql.LabelInference;
import dev.obsgen.core.check.promql.NameCatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.obsgen.promql.Expr;
import dev.obsgen.promql.ExprWalker;
import dev.obsgen.promql.NodePath;
import dev.obsgen.promql.PromQL;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The checks' own dispatches over the sealed node family (value shape, label inference) handle every kind: these
 * expressions hold a node of every permitted kind, so a kind added to {@link Expr} fails here until a sample of it
 * is added, and both are run on every node of the samples. A kind they have no branch for throws.
 */
class NodeKindDispatchTest {
    private static final List<String> SAMPLES = List.of(
            "-sum by (job) (rate(foo{job=\"a\"}[5m])) > bool 1",
            "topk(3, (bar))",
            "max_over_time(label_replace(baz, \"dst\", \"$1\", \"src\", \"(.*)\")[1h:5m] offset 1m)");

    @Test
    void theSamplesHoldEveryKindOfNode() {
        Set<String> kinds = SAMPLES.stream().map(PromQL::parse).flatMap(e -> ExprWalker.all(e).stream())
                .map(path -> path.node().getClass().getSimpleName()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Arrays.stream(Expr.class.getPermittedSubclasses()).map(Class::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new)), kinds);
    }

    @Test
    void valueShapeAndLabelInferenceHandleEveryKind() {
        for (String sample : SAMPLES) {
            for (NodePath<Expr> path : ExprWalker.all(PromQL.parse(sample))) {
                assertNotNull(ValueShape.of(path.node()), sample);
                assertNotNull(new LabelInference(new NameCatalog()).of(path.node()), sample);
            }
        }
    }
}
