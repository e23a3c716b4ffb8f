package dev.obsgen.core.check.alert;

import dev.obsgen.promql.Aggregate;
import dev.obsgen.promql.Binary;
import dev.obsgen.promql.BinaryOp;
import dev.obsgen.promql.Call;
import dev.obsgen.promql.Cardinality;
import dev.obsgen.promql.Expr;
import dev.obsgen.promql.ExprWalker;
import dev.obsgen.promql.MatrixSelector;
import dev.obsgen.promql.NumberLiteral;
import dev.obsgen.promql.Paren;
import dev.obsgen.promql.StringLiteral;
import dev.obsgen.promql.Subquery;
import dev.obsgen.promql.Unary;
import dev.obsgen.promql.ValueType;
import dev.obsgen.promql.VectorSelector;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether the values of an expression's result are whole numbers ({@code count}, {@code up == 0},
 * {@code changes}), fractions ({@code rate}, a ratio, {@code avg}, {@code histogram_quantile}) or either (a gauge).
 * The value of a filter is the value of the series it lets through.
 */
enum ValueShape {
    WHOLE, FRACTIONAL, EITHER;

    private static final Set<String> FRACTIONAL_FUNCTIONS = Set.of("rate", "irate", "increase", "delta", "idelta",
            "deriv", "predict_linear", "histogram_quantile", "histogram_fraction", "histogram_avg",
            "histogram_stddev", "histogram_stdvar", "quantile_over_time", "avg_over_time", "stddev_over_time",
            "stdvar_over_time", "mad_over_time", "holt_winters", "double_exponential_smoothing", "exp", "ln", "log2",
            "log10", "sqrt", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh",
            "atanh", "deg", "rad", "time", "timestamp");
    private static final Set<String> WHOLE_FUNCTIONS = Set.of("count_over_time", "changes", "resets", "absent",
            "absent_over_time", "present_over_time", "ceil", "floor", "sgn", "day_of_month", "day_of_week",
            "day_of_year", "days_in_month", "hour", "minute", "month", "year");
    private static final List<String> FRACTIONAL_OPERATIONS = List.of("rate", "ratio", "avg", "quantile",
            "increase", "deriv", "mean");
    /** Functions whose values are those of their vector argument, picked or bounded but not computed. */
    private static final Set<String> PASSING = Set.of("abs", "clamp", "clamp_min", "clamp_max", "sort", "sort_desc",
            "sort_by_label", "sort_by_label_desc", "label_replace", "label_join", "last_over_time",
            "first_over_time", "max_over_time", "min_over_time", "sum_over_time", "scalar", "vector", "info");

    /**
     * The shape of the expression's values, from a work list rather than recursion: generated alerts chain
     * thousands of operands.
     */
    static ValueShape of(Expr root) {
        Map<Expr, ValueShape> known = new IdentityHashMap<>();
        ArrayDeque<Expr> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Expr node = pending.peek();
            if (known.containsKey(node)) {
                pending.pop();
                continue;
            }
            List<Expr> inputs = inputs(node);
            List<Expr> missing = inputs.stream().filter(input -> !known.containsKey(input)).toList();
            if (missing.isEmpty()) {
                known.put(node, shape(node, inputs.stream().map(known::get).toList()));
                pending.pop();
            } else {
                missing.forEach(pending::push);
            }
        }
        return known.get(root);
    }

    /**
     * The operands whose shapes decide the node's: its children, except an aggregation's parameter ({@code k} of
     * {@code topk}) and a function's string arguments; a range selector is read from its selector's name.
     */
    private static List<Expr> inputs(Expr node) {
        if (node instanceof Aggregate aggregate) {
            return List.of(aggregate.expr());
        }
        if (node instanceof MatrixSelector) {
            return List.of();
        }
        return ExprWalker.children(node).stream().filter(child -> child.type() != ValueType.STRING).toList();
    }

    private static ValueShape shape(Expr node, List<ValueShape> inputs) {
        if (node instanceof VectorSelector selector) {
            return recorded(selector);
        }
        if (node instanceof MatrixSelector matrix) {
            return recorded(matrix.selector());
        }
        if (node instanceof NumberLiteral number) {
            return number.value() == Math.rint(number.value()) ? WHOLE : FRACTIONAL;
        }
        if (node instanceof Paren || node instanceof Unary || node instanceof Subquery) {
            return inputs.get(0);
        }
        if (node instanceof Aggregate aggregate) {
            return switch (aggregate.op()) {
                case COUNT, COUNT_VALUES, GROUP -> WHOLE;
                case AVG, STDDEV, STDVAR, QUANTILE -> FRACTIONAL;
                default -> inputs.get(0);
            };
        }
        if (node instanceof Binary binary) {
            return binary(binary, inputs.get(0), inputs.get(1));
        }
        if (node instanceof Call call) {
            String name = call.name();
            if (FRACTIONAL_FUNCTIONS.contains(name)) {
                return FRACTIONAL;
            }
            if (WHOLE_FUNCTIONS.contains(name) || name.equals("round") && call.args().size() == 1) {
                return WHOLE;
            }
            if (PASSING.contains(name) && !inputs.isEmpty()) {
                // The vector (or the scalar of vector(1)) comes first; clamp's bounds do not change a value.
                return inputs.get(0);
            }
            return EITHER;
        }
        if (node instanceof StringLiteral) {
            return EITHER;
        }
        throw new IllegalStateException("unhandled node kind " + node.getClass().getSimpleName());
    }

    /**
     * A recorded series named by the convention {@code level:metric:operations} says what it computed:
     * {@code job:http_requests:rate5m} holds a rate, {@code job:errors:ratio_rate5m} a ratio.
     */
    private static ValueShape recorded(VectorSelector selector) {
        String name = selector.metricName().orElse("");
        int colon = name.lastIndexOf(':');
        if (colon < 0) {
            return EITHER;
        }
        String operations = name.substring(colon + 1);
        return FRACTIONAL_OPERATIONS.stream().anyMatch(operations::contains) ? FRACTIONAL : EITHER;
    }

    private static ValueShape binary(Binary binary, ValueShape left, ValueShape right) {
        BinaryOp op = binary.op();
        if (op.isComparison()) {
            if (binary.returnBool()) {
                return WHOLE;
            }
            // A filter returns the values of the vector it filters: the left one, the many side of group_right.
            boolean rightFiltered = binary.lhs().type() == ValueType.SCALAR || binary.matching() != null
                    && binary.matching().cardinality() == Cardinality.ONE_TO_MANY;
            return rightFiltered ? right : left;
        }
        if (op == BinaryOp.AND || op == BinaryOp.UNLESS) {
            return left;
        }
        if (op == BinaryOp.DIV || op == BinaryOp.ATAN2 || op == BinaryOp.POW) {
            return FRACTIONAL;
        }
        if (op == BinaryOp.OR || op.isArithmetic()) {
            if (left == FRACTIONAL || right == FRACTIONAL) {
                return FRACTIONAL;
            }
            return left == WHOLE && right == WHOLE ? WHOLE : EITHER;
        }
        return EITHER;
    }
}
