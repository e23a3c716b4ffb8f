package dev.obsgen.promql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Long left-deep chains ({@code a + a + ... + a}) are what generated queries look like; they must parse, type,
 * print, compare and walk whatever their length. Shapes the parser recurses on (parentheses, unary signs, {@code ^},
 * calls) end in a "nested too deeply" error past the bound instead of exhausting the stack.
 */
class DeepTreeTest {

    private static final int TERMS = 10_000;
    private static final int FAR_PAST_THE_BOUND = 100_000;

    private static String chain(String term, String operator, int terms) {
        StringBuilder text = new StringBuilder(terms * (term.length() + operator.length() + 2));
        text.append(term);
        for (int i = 1; i < terms; i++) {
            text.append(' ').append(operator).append(' ').append(term);
        }
        return text.toString();
    }

    static Stream<Arguments> leftDeepChains() {
        return Stream.of(
                Arguments.of("up", "+", ValueType.INSTANT_VECTOR),
                Arguments.of("up", "and", ValueType.INSTANT_VECTOR),
                Arguments.of("up", "or", ValueType.INSTANT_VECTOR),
                Arguments.of("up", "unless", ValueType.INSTANT_VECTOR),
                Arguments.of("up", "*", ValueType.INSTANT_VECTOR),
                Arguments.of("up", "== bool", ValueType.INSTANT_VECTOR),
                Arguments.of("1", "*", ValueType.SCALAR),
                Arguments.of("1", "== bool", ValueType.SCALAR),
                Arguments.of("rate(errors_total{job=\"api\"}[5m])", "/", ValueType.INSTANT_VECTOR),
                Arguments.of("sum by (job) (up)", "- on (job)", ValueType.INSTANT_VECTOR));
    }

    @ParameterizedTest(name = "{0} {1} ...")
    @MethodSource("leftDeepChains")
    void parsesTypesPrintsAndComparesALeftDeepChain(String term, String operator, ValueType type) {
        String text = chain(term, operator, TERMS);
        Expr expr = PromQL.parse(text);

        assertEquals(type, expr.type());
        Expr innermost = expr;
        int binaries = 0;
        while (innermost instanceof Binary binary) {
            assertEquals(type, binary.type());
            innermost = binary.lhs();
            binaries++;
        }
        assertEquals(TERMS - 1, binaries);

        assertEquals(text, PromQL.print(expr));
        assertEquals(text, expr.toString());
        Expr reparsed = PromQL.parse(PromQL.print(expr));
        assertEquals(expr, reparsed);
        assertEquals(expr.hashCode(), reparsed.hashCode());
        assertNotEquals(expr, PromQL.parse(chain(term, operator, TERMS - 1)));
        assertEquals(List.of(), PromQL.experimentalFeatures(expr));
    }

    @ParameterizedTest(name = "{0} {1} ...")
    @MethodSource("leftDeepChains")
    void walksEveryNodeOfALeftDeepChain(String term, String operator, ValueType type) {
        Expr expr = PromQL.parse(chain(term, operator, TERMS));
        int nodesPerTerm = ExprWalker.all(PromQL.parse(term)).size();
        int[] entered = {0};
        int[] left = {0};
        int[] deepest = {0};
        ExprWalker.walk(expr, new ExprWalker.Visitor() {
            @Override
            public boolean enter(Expr node, List<Expr> ancestors) {
                entered[0]++;
                deepest[0] = Math.max(deepest[0], ancestors.size());
                return true;
            }

            @Override
            public void leave(Expr node, List<Expr> ancestors) {
                left[0]++;
            }
        });
        int nodes = TERMS * nodesPerTerm + TERMS - 1;
        assertEquals(nodes, entered[0]);
        assertEquals(nodes, left[0]);
        assertTrue(deepest[0] >= TERMS - 1, "deepest " + deepest[0]);

        List<NodePath<Expr>> all = ExprWalker.all(expr);
        assertEquals(nodes, all.size());
        assertSame(expr, all.get(0).node());
        NodePath<Expr> first = all.get(1 + TERMS - 1 - 1);
        assertEquals(TERMS - 1, first.depth());
        assertSame(expr, first.root());
        assertSame(expr, first.ancestors().get(0));
        assertEquals(TERMS, first.fromRoot().size());
        NodePath<Expr> last = all.get(nodes - nodesPerTerm);
        assertEquals(1, last.depth());
        assertSame(expr, last.parent().orElseThrow());
        assertEquals(last, ExprWalker.pathTo(expr, last.node()).orElseThrow());
    }

    @Test
    void theLeftmostSelectorOfALongChainKnowsItsContext() {
        Expr expr = PromQL.parse("sum(" + chain("rate(x[5m])", "+", TERMS) + ")");
        List<NodePath<VectorSelector>> selectors = ExprWalker.vectorSelectors(expr);
        assertEquals(TERMS, selectors.size());
        NodePath<VectorSelector> leftmost = selectors.get(0);
        assertEquals(TERMS + 2, leftmost.depth());
        assertEquals("rate", leftmost.enclosingCall().orElseThrow().name());
        assertInstanceOf(Aggregate.class, leftmost.enclosingAggregate().orElseThrow());
        assertInstanceOf(MatrixSelector.class, leftmost.effectiveParent().orElseThrow());
    }

    static Stream<Arguments> nestedPastTheBound() {
        return Stream.of(
                Arguments.of("parentheses", "(".repeat(FAR_PAST_THE_BOUND) + "1" + ")".repeat(FAR_PAST_THE_BOUND)),
                Arguments.of("unary minus", "-".repeat(FAR_PAST_THE_BOUND) + "up"),
                Arguments.of("unary signs with spaces", "- + ".repeat(FAR_PAST_THE_BOUND / 2) + "up"),
                Arguments.of("power chain", chain("2", "^", FAR_PAST_THE_BOUND)),
                Arguments.of("calls", "abs(".repeat(FAR_PAST_THE_BOUND) + "up" + ")".repeat(FAR_PAST_THE_BOUND)),
                Arguments.of("aggregations", "sum(".repeat(FAR_PAST_THE_BOUND) + "up" + ")".repeat(FAR_PAST_THE_BOUND)),
                Arguments.of("right operands in parentheses",
                        "up + (".repeat(FAR_PAST_THE_BOUND) + "up" + ")".repeat(FAR_PAST_THE_BOUND)),
                Arguments.of("duration parentheses",
                        "up[" + "(".repeat(FAR_PAST_THE_BOUND) + "1m" + ")".repeat(FAR_PAST_THE_BOUND) + "]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nestedPastTheBound")
    void rejectsNestingPastTheBoundWithAPosition(String shape, String text) {
        ParseException e = assertThrows(ParseException.class, () -> PromQL.parse(text));
        assertEquals("expression nested too deeply", e.reason());
        assertTrue(e.offset() > 0 && e.offset() < text.length(), "offset " + e.offset());
    }

    static Stream<Arguments> nestedWithinTheBound() {
        int depth = 200;
        return Stream.of(
                Arguments.of("(".repeat(depth) + "up" + ")".repeat(depth), ValueType.INSTANT_VECTOR),
                Arguments.of("-".repeat(depth) + "up", ValueType.INSTANT_VECTOR),
                Arguments.of(chain("2", "^", depth), ValueType.SCALAR),
                Arguments.of("abs(".repeat(depth) + "up" + ")".repeat(depth), ValueType.INSTANT_VECTOR),
                Arguments.of("sum(".repeat(depth) + "up" + ")".repeat(depth), ValueType.INSTANT_VECTOR),
                // A parenthesised right operand nests twice per level: the operand and the parentheses.
                Arguments.of("up + (".repeat(depth / 2) + "up" + ")".repeat(depth / 2), ValueType.INSTANT_VECTOR));
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("nestedWithinTheBound")
    void deepRightNestingWithinTheBoundParsesPrintsAndWalks(String text, ValueType type) {
        Expr expr = PromQL.parse(text);
        assertEquals(type, expr.type());
        Expr reparsed = PromQL.parse(PromQL.print(expr));
        assertEquals(expr, reparsed);
        assertEquals(expr.hashCode(), reparsed.hashCode());
        assertEquals(ExprWalker.all(expr).size(), ExprWalker.all(reparsed).size());
        assertTrue(Printer.tree(expr).length() >= 200);
    }

    @Test
    void aThreadWithLittleStackGetsTheNestingErrorToo() throws InterruptedException {
        String text = "sum(".repeat(250) + "up" + ")".repeat(250);
        Object[] outcome = new Object[1];
        Thread small = new Thread(null, () -> {
            try {
                outcome[0] = PromQL.parse(text);
            } catch (Throwable e) {
                outcome[0] = e;
            }
        }, "small stack", 64 * 1024);
        small.start();
        small.join();
        if (outcome[0] instanceof ParseException e) {
            assertEquals("expression nested too deeply", e.reason());
        } else {
            assertInstanceOf(Aggregate.class, outcome[0], () -> String.valueOf(outcome[0]));
        }
    }

    @Test
    void longDurationChainsParseAndPrint() {
        String range = chain("1m", "+", TERMS);
        Expr expr = PromQL.parse("rate(up[" + range + "])");
        MatrixSelector matrix = (MatrixSelector) ((Call) expr).args().get(0);
        assertEquals(TERMS * 60.0, matrix.range().evaluate(15, 60));
        assertEquals("rate(up[" + range + "])", PromQL.print(expr));
        assertEquals(expr, PromQL.parse(PromQL.print(expr)));
        assertEquals(matrix.range().hashCode(), ((MatrixSelector) ((Call) PromQL.parse(PromQL.print(expr)))
                .args().get(0)).range().hashCode());
        assertEquals(1, PromQL.experimentalFeatures(expr).size());

        Expr offset = PromQL.parse("up offset (" + range + ")");
        assertEquals("up offset (" + range + ")", PromQL.print(offset));
    }

    @Test
    void handBuiltTreesDeeperThanTheParserAllowsTypePrintCompareAndWalk() {
        Expr expr = new NumberLiteral(1, false, new PositionRange(0, 1));
        for (int i = 0; i < FAR_PAST_THE_BOUND; i++) {
            expr = new Unary(UnaryOp.MINUS, new Paren(expr, expr.position()), expr.position());
        }
        assertEquals(ValueType.SCALAR, expr.type());
        String printed = PromQL.print(expr);
        assertEquals(FAR_PAST_THE_BOUND * 3 + 1, printed.length());
        assertEquals(expr, expr);
        assertEquals(expr.hashCode(), expr.hashCode());
        assertEquals(2 * FAR_PAST_THE_BOUND + 1, ExprWalker.all(expr).size());
    }
}
