package dev.obsgen.promql;

import static dev.obsgen.promql.ValueType.INSTANT_VECTOR;
import static dev.obsgen.promql.ValueType.RANGE_VECTOR;
import static dev.obsgen.promql.ValueType.SCALAR;
import static dev.obsgen.promql.ValueType.STRING;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The function catalog of Prometheus 3.x, with the experimental functions (enabled upstream by
 * {@code --enable-feature=promql-experimental-functions}) marked.
 *
 * <p>{@code step()}, {@code range()}, {@code start()}, {@code end()}, {@code min_of} and
 * {@code max_of} are the scalar forms of the duration-expression functions.
 */
public final class Functions {

    private static final Map<String, Function> BY_NAME = new HashMap<>(128);

    static {
        add(new Function("abs", List.of(INSTANT_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("absent", List.of(INSTANT_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("absent_over_time", List.of(RANGE_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("acos", List.of(INSTANT_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("acosh", List.of(INSTANT_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("asin", List.of(INSTANT_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("asinh", List.of(INSTANT_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("atan", List.of(INSTANT_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("atanh", List.of(INSTANT_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("avg_over_time", List.of(RANGE_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("ceil", List.of(INSTANT_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("changes", List.of(RANGE_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("clamp", List.of(INSTANT_VECTOR, SCALAR, SCALAR), 0, INSTANT_VECTOR, false));
        add(new Function("clamp_max", List.of(INSTANT_VECTOR, SCALAR), 0, INSTANT_VECTOR, false));
        add(new Function("clamp_min", List.of(INSTANT_VECTOR, SCALAR), 0, INSTANT_VECTOR, false));
        add(new Function("cos", List.of(INSTANT_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("cosh", List.of(INSTANT_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("count_over_time", List.of(RANGE_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("days_in_month", List.of(INSTANT_VECTOR), 1, INSTANT_VECTOR, false));
        add(new Function("day_of_month", List.of(INSTANT_VECTOR), 1, INSTANT_VECTOR, false));
        add(new Function("day_of_week", List.of(INSTANT_VECTOR), 1, INSTANT_VECTOR, false));
        add(new Function("day_of_year", List.of(INSTANT_VECTOR), 1, INSTANT_VECTOR, false));
        add(new Function("deg", List.of(INSTANT_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("delta", List.of(RANGE_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("deriv", List.of(RANGE_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("double_exponential_smoothing", List.of(RANGE_VECTOR, SCALAR, SCALAR), 0, INSTANT_VECTOR, true));
        add(new Function("end", List.of(), 0, SCALAR, true));
        add(new Function("exp", List.of(INSTANT_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("first_over_time", List.of(RANGE_VECTOR), 0, INSTANT_VECTOR, true));
        add(new Function("floor", List.of(INSTANT_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("histogram_avg", List.of(INSTANT_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("histogram_count", List.of(INSTANT_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("histogram_fraction", List.of(SCALAR, SCALAR, INSTANT_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("histogram_quantile", List.of(SCALAR, INSTANT_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("histogram_quantiles", List.of(INSTANT_VECTOR, STRING, SCALAR, SCALAR), -1, INSTANT_VECTOR, true));
        add(new Function("histogram_stddev", List.of(INSTANT_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("histogram_stdvar", List.of(INSTANT_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("histogram_sum", List.of(INSTANT_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("hour", List.of(INSTANT_VECTOR), 1, INSTANT_VECTOR, false));
        add(new Function("idelta", List.of(RANGE_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("increase", List.of(RANGE_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("info", List.of(INSTANT_VECTOR, INSTANT_VECTOR), 1, INSTANT_VECTOR, true));
        add(new Function("irate", List.of(RANGE_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("label_join", List.of(INSTANT_VECTOR, STRING, STRING, STRING), -1, INSTANT_VECTOR, false));
        add(new Function("label_replace", List.of(INSTANT_VECTOR, STRING, STRING, STRING, STRING), 0, INSTANT_VECTOR, false));
        add(new Function("last_over_time", List.of(RANGE_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("ln", List.of(INSTANT_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("log10", List.of(INSTANT_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("log2", List.of(INSTANT_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("mad_over_time", List.of(RANGE_VECTOR), 0, INSTANT_VECTOR, true));
        add(new Function("max_of", List.of(SCALAR, SCALAR), 0, SCALAR, true));
        add(new Function("max_over_time", List.of(RANGE_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("min_of", List.of(SCALAR, SCALAR), 0, SCALAR, true));
        add(new Function("min_over_time", List.of(RANGE_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("minute", List.of(INSTANT_VECTOR), 1, INSTANT_VECTOR, false));
        add(new Function("month", List.of(INSTANT_VECTOR), 1, INSTANT_VECTOR, false));
        add(new Function("pi", List.of(), 0, SCALAR, false));
        add(new Function("predict_linear", List.of(RANGE_VECTOR, SCALAR), 0, INSTANT_VECTOR, false));
        add(new Function("present_over_time", List.of(RANGE_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("quantile_over_time", List.of(SCALAR, RANGE_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("rad", List.of(INSTANT_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("range", List.of(), 0, SCALAR, true));
        add(new Function("rate", List.of(RANGE_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("resets", List.of(RANGE_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("round", List.of(INSTANT_VECTOR, SCALAR), 1, INSTANT_VECTOR, false));
        add(new Function("scalar", List.of(INSTANT_VECTOR), 0, SCALAR, false));
        add(new Function("sgn", List.of(INSTANT_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("sin", List.of(INSTANT_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("sinh", List.of(INSTANT_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("sort", List.of(INSTANT_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("sort_by_label", List.of(INSTANT_VECTOR, STRING), -1, INSTANT_VECTOR, true));
        add(new Function("sort_by_label_desc", List.of(INSTANT_VECTOR, STRING), -1, INSTANT_VECTOR, true));
        add(new Function("sort_desc", List.of(INSTANT_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("sqrt", List.of(INSTANT_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("start", List.of(), 0, SCALAR, true));
        add(new Function("start_timestamp", List.of(INSTANT_VECTOR), 0, INSTANT_VECTOR, true));
        add(new Function("stddev_over_time", List.of(RANGE_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("stdvar_over_time", List.of(RANGE_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("step", List.of(), 0, SCALAR, true));
        add(new Function("sum_over_time", List.of(RANGE_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("tan", List.of(INSTANT_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("tanh", List.of(INSTANT_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("time", List.of(), 0, SCALAR, false));
        add(new Function("timestamp", List.of(INSTANT_VECTOR), 0, INSTANT_VECTOR, false));
        add(new Function("ts_of_first_over_time", List.of(RANGE_VECTOR), 0, INSTANT_VECTOR, true));
        add(new Function("ts_of_last_over_time", List.of(RANGE_VECTOR), 0, INSTANT_VECTOR, true));
        add(new Function("ts_of_max_over_time", List.of(RANGE_VECTOR), 0, INSTANT_VECTOR, true));
        add(new Function("ts_of_min_over_time", List.of(RANGE_VECTOR), 0, INSTANT_VECTOR, true));
        add(new Function("vector", List.of(SCALAR), 0, INSTANT_VECTOR, false));
        add(new Function("year", List.of(INSTANT_VECTOR), 1, INSTANT_VECTOR, false));
    }

    /**
     * The functions the engine lets a range selector with the {@code anchored} modifier feed;
     * the parser accepts it anywhere, the query then fails at evaluation.
     */
    private static final java.util.Set<String> ANCHORED_SAFE =
            java.util.Set.of("resets", "changes", "rate", "increase", "delta");

    private Functions() {
    }

    /** Whether the engine accepts an {@code anchored} range selector as argument of the function. */
    public static boolean acceptsAnchoredRange(String functionName) {
        return ANCHORED_SAFE.contains(functionName);
    }

    private static void add(Function function) {
        BY_NAME.put(function.name(), function);
    }

    public static Optional<Function> lookup(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The function of that exact name, or null. */
    static Function get(String name) {
        return BY_NAME.get(name);
    }

    public static Collection<Function> all() {
        return Collections.unmodifiableCollection(BY_NAME.values());
    }
}
