package dev.obsgen.core.check.promql;

import dev.obsgen.promql.Aggregate;
import dev.obsgen.promql.AggregationOp;
import dev.obsgen.promql.Binary;
import dev.obsgen.promql.BinaryOp;
import dev.obsgen.promql.Call;
import dev.obsgen.promql.Cardinality;
import dev.obsgen.promql.Expr;
import dev.obsgen.promql.ExprWalker;
import dev.obsgen.promql.LabelMatcher;
import dev.obsgen.promql.MatchType;
import dev.obsgen.promql.MatrixSelector;
import dev.obsgen.promql.Paren;
import dev.obsgen.promql.StringLiteral;
import dev.obsgen.promql.Subquery;
import dev.obsgen.promql.Unary;
import dev.obsgen.promql.UnaryOp;
import dev.obsgen.promql.ValueType;
import dev.obsgen.promql.VectorMatching;
import dev.obsgen.promql.VectorSelector;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which labels the result of an expression carries, following Prometheus' evaluation ({@code promql/engine.go}):
 * aggregations keep their {@code by} labels or drop their {@code without} labels and the name, one-to-one matching
 * {@code on} keeps only the matching labels and {@code ignoring} drops its labels, {@code group_left} sets its extra
 * labels from the one side, {@code or} has the labels of both sides and {@code and}/{@code unless} those of the left,
 * arithmetic and most functions drop {@code __name__}, {@code histogram_quantile} drops {@code le}, and so on. What
 * an expression removes is known even where its input's labels are not.
 *
 * <p>An instance remembers what it inferred, so it serves one query (or one tree) at a time, on one thread.
 */
public final class LabelInference {
    private static final String NAME = LabelMatcher.METRIC_NAME_LABEL;
    /** The functions whose result keeps the metric name: they relabel, sort or pick a sample, not compute one. */
    private static final Set<String> KEEP_NAME = Set.of("sort", "sort_desc", "sort_by_label", "sort_by_label_desc",
            "last_over_time", "first_over_time");
    private final MetricCatalog catalog;
    /** The labels of every node inferred so far, by identity: checks ask about every operand of every operation. */
    private final Map<Expr, Labels> inferred = new IdentityHashMap<>();
    /** The {@code or} nodes of the chains inferred so far, each with how many of its chain's operands it joins. */
    private final Map<Expr, OrChain.Prefix> orPrefixes = new IdentityHashMap<>();
    /** The inputs a rule asked for that are not inferred yet; see {@link #of}. */
    private final List<Expr> missing = new ArrayList<>();

    public LabelInference(MetricCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The labels of the expression's result. Each node is inferred once, after its inputs, from a stack of pending
     * nodes: a node whose rule asks for an input not inferred yet waits until that input is, so a chain of 10,000
     * operators costs 10,000 steps and no call stack.
     */
    public Labels of(Expr expr) {
        Labels known = inferred.get(expr);
        if (known != null) {
            return known;
        }
        ArrayDeque<Expr> pending = new ArrayDeque<>();
        pending.push(expr);
        while (!pending.isEmpty()) {
            Expr node = pending.peek();
            if (inferred.containsKey(node)) {
                pending.pop();
                continue;
            }
            missing.clear();
            Labels labels = infer(node);
            if (missing.isEmpty()) {
                inferred.put(node, labels);
                pending.pop();
            } else {
                missing.forEach(pending::push);
            }
        }
        return inferred.get(expr);
    }

    /** The labels of an input of the node being inferred, or a stand-in noted as missing. */
    private Labels input(Expr expr) {
        Labels known = inferred.get(expr);
        if (known == null) {
            missing.add(expr);
            return Labels.UNKNOWN;
        }
        return known;
    }

    private Labels infer(Expr expr) {
        if (expr.type() == ValueType.SCALAR || expr.type() == ValueType.STRING) {
            return Labels.NONE;
        }
        if (expr instanceof VectorSelector selector) {
            return selector(selector);
        }
        if (expr instanceof MatrixSelector matrix) {
            return selector(matrix.selector());
        }
        if (expr instanceof Subquery subquery) {
            return input(subquery.expr());
        }
        if (expr instanceof Paren paren) {
            return input(paren.expr());
        }
        if (expr instanceof Unary unary) {
            return unary.op() == UnaryOp.MINUS ? input(unary.expr()).without(NAME) : input(unary.expr());
        }
        if (expr instanceof Aggregate aggregate) {
            return aggregate(aggregate);
        }
        if (expr instanceof Binary binary) {
            return binary(binary);
        }
        if (expr instanceof Call call) {
            return call(call);
        }
        // Literals are scalars and strings, answered above; any other kind is one this inference does not know.
        throw new IllegalStateException("unhandled node kind " + expr.getClass().getSimpleName());
    }

    private Labels selector(VectorSelector selector) {
        Map<String, String> pinned = new HashMap<>();
        Set<String> emptied = new HashSet<>();
        for (LabelMatcher matcher : selector.matchers()) {
            if (matcher.type() == MatchType.EQUAL && !matcher.isMetricName()) {
                // A matcher on the empty value selects series without the label.
                if (matcher.value().isEmpty()) {
                    emptied.add(matcher.name());
                } else {
                    pinned.put(matcher.name(), matcher.value());
                }
            }
        }
        Optional<CatalogEntry> entry = selector.metricName().flatMap(catalog::lookup);
        Set<String> names = new HashSet<>();
        names.add(NAME);
        if (entry.isEmpty() || !entry.get().labelsKnown()) {
            names.addAll(pinned.keySet());
            return new Labels(names, false, pinned, emptied);
        }
        names.addAll(entry.get().labels());
        names.removeAll(emptied);
        return new Labels(names, true, pinned);
    }

    private Labels aggregate(Aggregate aggregate) {
        Labels input = input(aggregate.expr());
        if (aggregate.op() == AggregationOp.TOPK || aggregate.op() == AggregationOp.BOTTOMK
                || aggregate.op() == AggregationOp.LIMITK || aggregate.op() == AggregationOp.LIMIT_RATIO) {
            return input;
        }
        Labels result;
        if (aggregate.without()) {
            Set<String> dropped = new HashSet<>(aggregate.grouping());
            dropped.add(NAME);
            result = input.without(dropped);
        } else {
            result = input.keepOnly(Set.copyOf(aggregate.grouping()));
        }
        if (aggregate.op() == AggregationOp.COUNT_VALUES && aggregate.param() instanceof StringLiteral label) {
            result = result.with(label.value());
        }
        return result;
    }

    private Labels binary(Binary binary) {
        if (binary.op() == BinaryOp.OR && binary.type() == ValueType.INSTANT_VECTOR) {
            return or(binary);
        }
        Labels left = input(binary.lhs());
        Labels right = input(binary.rhs());
        boolean leftScalar = binary.lhs().type() == ValueType.SCALAR;
        boolean rightScalar = binary.rhs().type() == ValueType.SCALAR;
        BinaryOp op = binary.op();
        // Arithmetic makes a new value that is no longer the metric; a comparison without bool filters and keeps it.
        boolean dropsName = op.isArithmetic() || op == BinaryOp.ATAN2 || binary.returnBool();
        if (leftScalar && rightScalar) {
            return Labels.NONE;
        }
        if (leftScalar || rightScalar) {
            Labels vector = leftScalar ? right : left;
            return dropsName ? vector.without(NAME) : vector;
        }
        if (op == BinaryOp.AND || op == BinaryOp.UNLESS) {
            return left;
        }
        VectorMatching matching = binary.matching() == null ? VectorMatching.defaultFor(op) : binary.matching();
        boolean rightIsMany = matching.cardinality() == Cardinality.ONE_TO_MANY;
        Labels result = rightIsMany ? right : left;
        if (dropsName) {
            result = result.without(NAME);
        }
        if (matching.cardinality() == Cardinality.ONE_TO_ONE) {
            result = matching.on() ? result.keepOnly(Set.copyOf(matching.matchingLabels()))
                    : result.without(Set.copyOf(matching.matchingLabels()));
        }
        // group_left (x) sets x from the one side, or removes it where the one side has none.
        Labels one = rightIsMany ? left : right;
        for (String label : matching.include()) {
            result = one.certainlyLacks(label) ? result.without(label) : result.with(label);
        }
        return result;
    }

    /**
     * The union of every operand of a chain of {@code or} ({@code a or b or c}, which parses as
     * {@code (a or b) or c}), taken at once: folding it pairwise would copy a growing set once per operand. The
     * inner {@code or} nodes, which checks of {@code or on (...)} ask about too, are answered from the same chain.
     */
    private Labels or(Binary binary) {
        OrChain.Prefix prefix = orPrefixes.get(binary);
        if (prefix != null) {
            return prefix.chain().union(prefix.length());
        }
        List<Binary> spine = new ArrayList<>();
        Expr node = binary;
        while (ExprWalker.unwrapParens(node) instanceof Binary inner && inner.op() == BinaryOp.OR && !inferred.containsKey(node)) {
            spine.add(inner);
            node = inner.lhs();
        }
        List<Labels> operands = new ArrayList<>();
        operands.add(input(node));
        for (int i = spine.size() - 1; i >= 0; i--) {
            operands.add(input(spine.get(i).rhs()));
        }
        if (!missing.isEmpty()) {
            return Labels.UNKNOWN;
        }
        OrChain chain = new OrChain(operands);
        for (int i = 0; i < spine.size(); i++) {
            orPrefixes.put(spine.get(i), new OrChain.Prefix(chain, operands.size() - i));
        }
        return chain.union(operands.size());
    }

    private Labels call(Call call) {
        List<Expr> args = call.args();
        String name = call.name();
        switch (name) {
            case "histogram_quantile":
            case "histogram_fraction":
                return args.size() < 2 ? Labels.UNKNOWN
                        : input(args.get(args.size() - 1)).without(Set.of("le", NAME));
            case "label_replace":
            case "label_join":
                if (args.size() >= 2 && args.get(1) instanceof StringLiteral destination) {
                    return input(args.get(0)).with(destination.value());
                }
                return Labels.UNKNOWN;
            case "absent":
            case "absent_over_time":
                return absent(args);
            case "vector":
                return Labels.NONE;
            case "info": {
                if (args.isEmpty()) {
                    return Labels.UNKNOWN;
                }
                // The info metric's data labels join the result, whichever they are.
                Labels info = input(args.get(0));
                return new Labels(info.names(), false, info.pinned());
            }
            default:
                for (Expr arg : args) {
                    if (arg.type() == ValueType.INSTANT_VECTOR || arg.type() == ValueType.RANGE_VECTOR) {
                        Labels input = input(arg);
                        return KEEP_NAME.contains(name) ? input : input.without(NAME);
                    }
                }
                return Labels.NONE;
        }
    }

    /**
     * {@code absent(x{a="b"})} returns one series, labelled with the selector's equality matchers: exactly those
     * labels, and none for any other argument.
     */
    private static Labels absent(List<Expr> args) {
        if (args.isEmpty()) {
            return Labels.UNKNOWN;
        }
        Expr inner = ExprWalker.unwrapParens(args.get(0));
        VectorSelector selector = inner instanceof MatrixSelector m ? m.selector()
                : inner instanceof VectorSelector v ? v : null;
        if (selector == null) {
            return Labels.NONE;
        }
        // As Prometheus builds them: the first equality matcher on a label sets it, any later matcher on it removes it.
        Map<String, String> pinned = new HashMap<>();
        Set<String> set = new HashSet<>();
        for (LabelMatcher matcher : selector.matchers()) {
            if (matcher.isMetricName()) {
                continue;
            }
            if (matcher.type() == MatchType.EQUAL && set.add(matcher.name())) {
                pinned.put(matcher.name(), matcher.value());
            } else {
                pinned.remove(matcher.name());
            }
        }
        // A label set to the empty value is no label.
        pinned.values().removeIf(String::isEmpty);
        return new Labels(pinned.keySet(), true, pinned);
    }
}
