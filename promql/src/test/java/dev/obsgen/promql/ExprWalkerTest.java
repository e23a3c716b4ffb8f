package dev.obsgen.promql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the model-aware checks need: selectors, their context, and the labels that survive. */
class ExprWalkerTest {

    private static final String QUERY = "histogram_quantile(0.99, sum by (le, job) "
            + "(rate(http_request_duration_seconds_bucket{job=\"api\", code=~\"5..\"}[5m])))"
            + " / on (job) group_left (team) max by (job, team) (team_info)";

    @Test
    void findsSelectorsWithMatchersPositionsAndContext() {
        Expr expr = PromQL.parse(QUERY);
        List<NodePath<VectorSelector>> selectors = ExprWalker.vectorSelectors(expr);
        assertEquals(2, selectors.size());

        NodePath<VectorSelector> bucket = selectors.get(0);
        assertEquals("http_request_duration_seconds_bucket", bucket.node().metricName().orElseThrow());
        assertEquals(List.of(LabelMatcher.of(MatchType.EQUAL, "job", "api"), LabelMatcher.of(MatchType.REGEX, "code", "5..")),
                bucket.node().matchers());
        assertEquals("code=~\"5..\"", bucket.node().matchersOf("code").get(0).position().textIn(QUERY));
        assertEquals("rate", bucket.enclosingCall().orElseThrow().name());
        assertEquals(AggregationOp.SUM, bucket.enclosingAggregate().orElseThrow().op());
        assertTrue(bucket.parent().orElseThrow() instanceof MatrixSelector);
        assertEquals(5, bucket.depth());

        NodePath<VectorSelector> info = selectors.get(1);
        assertEquals("team_info", info.node().name());
        assertFalse(info.enclosingCall().isPresent());
        assertTrue(info.enclosingCallOrAggregate().orElseThrow() instanceof Aggregate);
    }

    @Test
    void exposesGroupingLabels() {
        Expr expr = PromQL.parse(QUERY);
        Call quantile = ExprWalker.find(expr, Call.class).get(0).node();
        assertEquals("histogram_quantile", quantile.name());
        Aggregate sum = (Aggregate) quantile.args().get(1);
        assertEquals(List.of("le", "job"), sum.grouping());
        assertTrue(sum.preservesLabel("le"));
        assertFalse(sum.preservesLabel("code"));

        Binary division = (Binary) expr;
        VectorMatching matching = division.matching();
        assertTrue(matching.on());
        assertEquals(List.of("job"), matching.matchingLabels());
        assertEquals(List.of("team"), matching.include());
        assertEquals(Cardinality.MANY_TO_ONE, matching.cardinality());

        Aggregate without = (Aggregate) PromQL.parse("sum without (instance) (up)");
        assertTrue(without.preservesLabel("job"));
        assertFalse(without.preservesLabel("instance"));
    }

    @Test
    void walksInSourceOrderAndCanSkipSubtrees() {
        Expr expr = PromQL.parse("topk(3, sum(a)) + rate(b[5m])");
        List<String> entered = new ArrayList<>();
        ExprWalker.walk(expr, (node, ancestors) -> {
            entered.add(ancestors.size() + ":" + Printer.tree(node));
            return !(node instanceof Aggregate);
        });
        assertEquals(List.of("0:(+ (topk 3 (sum a)) (rate b[5m]))", "1:(topk 3 (sum a))", "1:(rate b[5m])",
                "2:b[5m]", "3:b"), entered);
    }

    @Test
    void findsThePathToAGivenNodeByIdentity() {
        Expr expr = PromQL.parse("a + a");
        Expr right = ((Binary) expr).rhs();
        NodePath<Expr> path = ExprWalker.pathTo(expr, right).orElseThrow();
        assertSame(right, path.node());
        assertSame(expr, path.parent().orElseThrow());
        assertEquals("a", path.node().position().textIn("a + a"));
        assertEquals(4, path.node().position().start());
    }

    @Test
    void dispatchesThroughTheVisitor() {
        Expr expr = PromQL.parse("sum(rate(foo[5m]))");
        String kind = expr.accept(new ExprVisitor<String>() {
            @Override
            public String visit(NumberLiteral node) {
                return "number";
            }

            @Override
            public String visit(StringLiteral node) {
                return "string";
            }

            @Override
            public String visit(VectorSelector node) {
                return "selector";
            }

            @Override
            public String visit(MatrixSelector node) {
                return "matrix";
            }

            @Override
            public String visit(Subquery node) {
                return "subquery";
            }

            @Override
            public String visit(Paren node) {
                return "paren";
            }

            @Override
            public String visit(Unary node) {
                return "unary";
            }

            @Override
            public String visit(Binary node) {
                return "binary";
            }

            @Override
            public String visit(Aggregate node) {
                return "aggregate " + node.op().keyword();
            }

            @Override
            public String visit(Call node) {
                return "call";
            }
        });
        assertEquals("aggregate sum", kind);
    }

    @Test
    void equalityIgnoresPositions() {
        Expr spaced = PromQL.parse("sum by (job) ( rate( foo [ 300 ] ) )");
        Expr compact = PromQL.parse("sum(rate(foo[5m]))by(job)");
        assertEquals(spaced, compact);
        assertEquals(spaced.hashCode(), compact.hashCode());
        assertFalse(spaced.position().equals(compact.position()));
    }
}
