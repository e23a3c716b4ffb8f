package dev.obsgen.core.check.promql;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.model.metric.MetricType;
import dev.obsgen.promql.Aggregate;
import dev.obsgen.promql.Binary;
import dev.obsgen.promql.BinaryOp;
import dev.obsgen.promql.Call;
import dev.obsgen.promql.Cardinality;
import dev.obsgen.promql.Expr;
import dev.obsgen.promql.ExprWalker;
import dev.obsgen.promql.VectorSelector;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code histogram_quantile} interpolates between the cumulative {@code le} buckets of a classic histogram: it
 * needs the {@code _bucket} series, read through a rate, with {@code le} kept by every aggregation on the way.
 */
@CheckDefinition(
        id = "promql/histogram-quantile",
        severity = FindingSeverity.ERROR,
        summary = "histogram_quantile reads a histogram's _bucket series and every aggregation inside it keeps le.",
        example = "histogram_quantile(0.99, sum(rate(x_bucket[5m]))), or histogram_quantile over x_sum",
        fix = "histogram_quantile(0.99, sum by (le) (rate(x_bucket[5m]))): the _bucket series, with le kept.")
public final class HistogramQuantile implements QueryCheck {
    @Override
    public void check(QueryContext context, QueryFindings findings) {
        ExprWalker.forEach(context.ast(), (node, ancestors) -> {
            if (!(node instanceof Call call) || !call.name().equals("histogram_quantile") || call.args().size() < 2) {
                return;
            }
            BucketPath buckets = BucketPath.of(call.args().get(1));
            boolean classic = readsClassicBuckets(buckets.selectors(), context.catalog());
            for (Aggregate aggregate : buckets.droppingLe()) {
                String fix = "aggregate " + (aggregate.without() ? "without labels other than le"
                        : "by (" + String.join(", ", withLe(aggregate.grouping())) + ")");
                findings.report(classic ? severity() : FindingSeverity.WARNING, aggregate.position(),
                        aggregate.op().keyword() + " drops the 'le' label that histogram_quantile needs; " + fix
                                + (classic ? "" : ", unless the series is a native histogram, which has no le"));
            }
            for (VectorSelector selector : buckets.selectors()) {
                selector.metricName().ifPresent(name -> context.catalog().lookup(name).ifPresentOrElse(entry -> {
                    if (!entry.recorded() && entry.role() != SeriesRole.BUCKET) {
                        findings.report(selector.position(), "histogram_quantile over '" + name + "', which is "
                                + (entry.type() == MetricType.HISTOGRAM ? "the " + entry.role().name().toLowerCase(java.util.Locale.ROOT)
                                + " series of histogram '" + entry.metric() + "'" : "a " + entry.type().exposition())
                                + "; use '" + entry.metric() + "_bucket' of a histogram");
                    }
                }, () -> {
                    if (!context.catalog().complete() && !name.endsWith("_bucket") && !name.contains(":")) {
                        findings.report(FindingSeverity.WARNING, selector.position(), "histogram_quantile over '" + name
                                + "', which is not named like a histogram's _bucket series");
                    }
                }));
            }
        });
    }

    /**
     * Whether the input is known to read a classic histogram's le buckets. Without a complete catalog, a series not
     * named _bucket may be a native histogram, whose quantile needs no le, so a dropped le is then only a warning.
     */
    private static boolean readsClassicBuckets(List<VectorSelector> selectors, MetricCatalog catalog) {
        return catalog.complete() || selectors.stream().anyMatch(selector -> selector.metricName()
                .flatMap(catalog::lookup).filter(entry -> entry.role() == SeriesRole.BUCKET).isPresent());
    }

    /**
     * The part of a quantile's input whose series carry the buckets: its selectors, and the aggregations on the way
     * that drop le (those inside a nested histogram_quantile are that quantile's business). A group_left or
     * group_right join keeps the series of its many side (the one side only lends labels, as an info metric does),
     * and and/unless keep those of their left side (the right side only filters), so what the other side reads or
     * aggregates away does not matter.
     */
    private record BucketPath(List<VectorSelector> selectors, List<Aggregate> droppingLe) {
        static BucketPath of(Expr input) {
            BucketPath found = new BucketPath(new ArrayList<>(), new ArrayList<>());
            ExprWalker.walk(input, new ExprWalker.Visitor() {
                private int nestedQuantiles;

                @Override
                public boolean enter(Expr node, List<Expr> ancestors) {
                    if (!ancestors.isEmpty() && !carriesBuckets(ancestors.get(ancestors.size() - 1), node)) {
                        return false;
                    }
                    if (node instanceof VectorSelector selector) {
                        found.selectors().add(selector);
                    } else if (node instanceof Aggregate aggregate && !aggregate.preservesLabel("le")
                            && nestedQuantiles == 0) {
                        found.droppingLe().add(aggregate);
                    } else if (isQuantile(node)) {
                        nestedQuantiles++;
                    }
                    return true;
                }

                @Override
                public void leave(Expr node, List<Expr> ancestors) {
                    if (isQuantile(node)) {
                        nestedQuantiles--;
                    }
                }
            });
            return found;
        }

        private static boolean isQuantile(Expr node) {
            return node instanceof Call call && call.name().equals("histogram_quantile");
        }

        private static boolean carriesBuckets(Expr parent, Expr child) {
            if (!(parent instanceof Binary binary)) {
                return true;
            }
            Cardinality cardinality = binary.matching() == null ? null : binary.matching().cardinality();
            boolean filter = binary.op() == BinaryOp.AND || binary.op() == BinaryOp.UNLESS;
            if (cardinality == Cardinality.MANY_TO_ONE || filter) {
                return child == binary.lhs();
            }
            if (cardinality == Cardinality.ONE_TO_MANY) {
                return child == binary.rhs();
            }
            return true;
        }
    }

    private static List<String> withLe(List<String> grouping) {
        java.util.List<String> labels = new java.util.ArrayList<>(grouping);
        labels.add("le");
        return labels;
    }
}
