package dev.obsgen.core.check.promql;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.promql.Aggregate;
import dev.obsgen.promql.AggregationOp;
import dev.obsgen.promql.Binary;
import dev.obsgen.promql.Call;
import dev.obsgen.promql.Expr;
import dev.obsgen.promql.ExprWalker;
import dev.obsgen.promql.MatrixSelector;
import dev.obsgen.promql.Paren;
import dev.obsgen.promql.VectorSelector;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Set;

/**
 * A counter's raw value is the count since the process started: it resets on restart and only ever grows, so it is
 * read through {@code rate}, {@code increase} or {@code irate}. Counting or testing the presence of its series is fine.
 */
@CheckDefinition(
        id = "promql/counter-without-rate",
        severity = FindingSeverity.ERROR,
        summary = "Counters (and histogram buckets, sums and counts) are read through rate, increase or irate.",
        example = "metaflow_runs_total > 5",
        fix = "increase(metaflow_runs_total[1h]) > 5, or rate(...[5m]) for a per-second figure.")
public final class CounterWithoutRate implements QueryCheck {
    static final Set<String> RATE_FUNCTIONS = Set.of("rate", "irate", "increase");
    private static final Set<String> ALLOWED_FUNCTIONS = Set.of("rate", "irate", "increase", "resets", "absent",
            "absent_over_time", "present_over_time", "count_over_time", "timestamp", "changes", "last_over_time");
    private static final Set<AggregationOp> ALLOWED_AGGREGATIONS = Set.of(AggregationOp.COUNT, AggregationOp.GROUP);
    private static final Set<AggregationOp> VALUE_SELECTING_AGGREGATIONS = Set.of(AggregationOp.TOPK,
            AggregationOp.BOTTOMK, AggregationOp.LIMITK, AggregationOp.LIMIT_RATIO, AggregationOp.COUNT_VALUES);

    @Override
    public void check(QueryContext context, QueryFindings findings) {
        ExprWalker.walk(context.ast(), new ExprWalker.Visitor() {
            /** What each node on the path means to the selectors below it, the innermost on top. */
            private final ArrayDeque<Surroundings> path = new ArrayDeque<>(List.of(Surroundings.ROOT));

            @Override
            public boolean enter(Expr node, List<Expr> ancestors) {
                Surroundings around = path.peek();
                if (node instanceof VectorSelector selector) {
                    boolean inRange = !ancestors.isEmpty() && ancestors.get(ancestors.size() - 1) instanceof MatrixSelector;
                    report(selector, around, inRange, context, findings);
                }
                path.push(around.inside(node));
                return true;
            }

            @Override
            public void leave(Expr node, List<Expr> ancestors) {
                path.pop();
            }
        });
    }

    private void report(VectorSelector selector, Surroundings around, boolean inRange, QueryContext context,
            QueryFindings findings) {
        selector.metricName().flatMap(context.catalog()::lookup)
                .filter(CatalogEntry::isCounterLike)
                .filter(entry -> !entry.recorded())
                .ifPresent(entry -> {
                    if (!allowed(around, inRange)) {
                        findings.report(context.catalog().complete() ? severity() : FindingSeverity.WARNING,
                                selector.position(), "'" + entry.series() + "' is a counter; wrap it in rate(), "
                                        + "increase() or irate() over a range, e.g. rate(" + entry.series() + "[5m])");
                    }
                });
    }

    private static boolean allowed(Surroundings around, boolean inRange) {
        if (around.enclosing() instanceof Call call) {
            return ALLOWED_FUNCTIONS.contains(call.name()) && (inRange || !call.function().takesRangeVector()
                    || call.name().equals("timestamp") || call.name().equals("absent"));
        }
        return around.onlyCounted();
    }

    /**
     * What the ancestors of a node say about a counter below it, kept for each level of the walk so that no
     * selector looks through all its ancestors (a chain of 10,000 sums has 10,000 of them).
     *
     * @param enclosing   the nearest ancestor that is not a parenthesis or a range selector, or null
     * @param onlyCounted whether a count or group above the counter sees only which series exist: aggregations that
     *                    group (sum, max, ...) and joins on the way keep one series per group whatever the values
     *                    are, while a filtering comparison or a topk-like selection makes the count depend on the raw
     *                    value, as does any function
     */
    private record Surroundings(Expr enclosing, boolean onlyCounted) {
        static final Surroundings ROOT = new Surroundings(null, false);

        /** What the node adds for the nodes below it. */
        Surroundings inside(Expr node) {
            Expr nearest = node instanceof Paren || node instanceof MatrixSelector ? enclosing : node;
            boolean counted = onlyCounted;
            if (node instanceof Aggregate aggregate) {
                if (ALLOWED_AGGREGATIONS.contains(aggregate.op())) {
                    counted = true;
                } else if (VALUE_SELECTING_AGGREGATIONS.contains(aggregate.op())) {
                    counted = false;
                }
            } else if (node instanceof Binary binary) {
                if (binary.op().isComparison() && !binary.returnBool()) {
                    counted = false;
                }
            } else if (!(node instanceof Paren)) {
                counted = false;
            }
            return nearest == enclosing && counted == onlyCounted ? this : new Surroundings(nearest, counted);
        }
    }
}
