package dev.obsgen.promql;

import java.util.List;
import java.util.Objects;

/**
 * An aggregation such as {@code sum by (job) (rate(foo[5m]))} or {@code topk(5, foo)}.
 *
 * @param param    the parameter of {@code topk}, {@code quantile}, {@code count_values}, ...; else null
 * @param grouping the labels of {@code by (...)} or {@code without (...)}
 * @param without  true for {@code without}
 */
public record Aggregate(AggregationOp op, Expr expr, Expr param, List<String> grouping, boolean without,
        PositionRange position) implements Expr {

    public Aggregate {
        Objects.requireNonNull(op);
        Objects.requireNonNull(expr);
        grouping = List.copyOf(grouping);
        Objects.requireNonNull(position);
    }

    /** Whether series of the result still carry the label, e.g. {@code le} for histogram_quantile. */
    public boolean preservesLabel(String label) {
        return without ? !grouping.contains(label) && !LabelMatcher.METRIC_NAME_LABEL.equals(label)
                : grouping.contains(label);
    }

    @Override
    public ValueType type() {
        return ValueType.INSTANT_VECTOR;
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Aggregate that && StructuralEquality.equal(this, that);
    }

    @Override
    public int hashCode() {
        return StructuralEquality.hash(this);
    }

    @Override
    public String toString() {
        return Printer.print(this);
    }
}
