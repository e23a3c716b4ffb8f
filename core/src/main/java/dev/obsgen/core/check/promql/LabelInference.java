package dev.obsgen.core.check.promql;

import dev.obsgen.promql.Aggregate;
import dev.obsgen.promql.AggregationOp;
import dev.obsgen.promql.Binary;
import dev.obsgen.promql.BinaryOp;
import dev.obsgen.promql.Call;
import dev.obsgen.promql.Cardinality;
import dev.obsgen.promql.Expr;
import dev.obsgen.promql.LabelMatcher;
import dev.obsgen.promql.MatchType;
import dev.obsgen.promql.MatrixSelector;
import dev.obsgen.promql.Paren;
import dev.obsgen.promql.StringLiteral;
import dev.obsgen.promql.Subquery;
import dev.obsgen.promql.Unary;
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
 * Which labels the result of an expression carries, following Prometheus' evaluation: aggregations keep their
 * {@code by} labels or drop their {@code without} labels, one-to-one matching {@code on} keeps only the matching
 * labels, {@code group_left} copies its extra labels, {@code histogram_quantile} drops {@code le}, and so on.
 *
 * <p>An instance remembers what it inferred, so it serves one query (or one tree) at a time, on one thread.
 */
public final class LabelInference {
    private final MetricCatalog catalog;
    /** The labels of every node inferred so far, by identity: checks ask about every operand of every operation. */
    private final Map<Expr, Labels> inferred = new IdentityHashMap<>();
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
            return input(unary.expr());
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
        return Labels.UNKNOWN;
    }

    private Labels selector(VectorSelector selector) {
        Map<String, String> pinned = new HashMap<>();
        for (LabelMatcher matcher : selector.matchers()) {
            if (matcher.type() == MatchType.EQUAL && !matcher.isMetricName() && !matcher.value().isEmpty()) {
                pinned.put(matcher.name(), matcher.value());
            }
        }
        Optional<CatalogEntry> entry = selector.metricName().flatMap(catalog::lookup);
        if (entry.isEmpty() || !entry.get().labelsKnown()) {
            Set<String> names = new HashSet<>(pinned.keySet());
            return new Labels(names, false, pinned);
        }
        Set<String> names = new HashSet<>(entry.get().labels());
        // A matcher on the empty value selects series without the label.
        for (LabelMatcher matcher : selector.matchers()) {
            if (matcher.type() == MatchType.EQUAL && matcher.value().isEmpty()) {
                names.remove(matcher.name());
            }
        }
        return new Labels(names, true, pinned);
    }

    private Labels aggregate(Aggregate aggregate) {
        Labels input = input(aggregate.expr());
        Labels result;
        if (aggregate.op() == AggregationOp.TOPK || aggregate.op() == AggregationOp.BOTTOMK
                || aggregate.op() == AggregationOp.LIMITK || aggregate.op() == AggregationOp.LIMIT_RATIO) {
            return input;
        }
        if (aggregate.without()) {
            result = input.without(Set.copyOf(aggregate.grouping()));
        } else {
            result = input.keepOnly(Set.copyOf(aggregate.grouping()));
        }
        if (aggregate.op() == AggregationOp.COUNT_VALUES && aggregate.param() instanceof StringLiteral label) {
            result = result.with(label.value());
        }
        return result;
    }

    private Labels binary(Binary binary) {
        Labels left = input(binary.lhs());
        Labels right = input(binary.rhs());
        boolean leftScalar = binary.lhs().type() == ValueType.SCALAR;
        boolean rightScalar = binary.rhs().type() == ValueType.SCALAR;
        if (leftScalar && rightScalar) {
            return Labels.NONE;
        }
        if (leftScalar) {
            return right;
        }
        if (rightScalar) {
            return left;
        }
        BinaryOp op = binary.op();
        if (op == BinaryOp.AND || op == BinaryOp.UNLESS) {
            return left;
        }
        if (op == BinaryOp.OR) {
            return left.union(right);
        }
        VectorMatching matching = binary.matching() == null ? VectorMatching.defaultFor(op) : binary.matching();
        Labels result = matching.cardinality() == Cardinality.ONE_TO_MANY ? right : left;
        if (matching.cardinality() == Cardinality.ONE_TO_ONE) {
            result = matching.on() ? result.keepOnly(Set.copyOf(matching.matchingLabels()))
                    : result.without(Set.copyOf(matching.matchingLabels()));
        }
        Labels other = matching.cardinality() == Cardinality.ONE_TO_MANY ? left : right;
        for (String label : matching.include()) {
            if (!other.certainlyLacks(label)) {
                result = result.with(label);
            }
        }
        return result;
    }

    private Labels call(Call call) {
        List<Expr> args = call.args();
        String name = call.name();
        switch (name) {
            case "histogram_quantile":
            case "histogram_fraction":
                return args.size() < 2 ? Labels.UNKNOWN : input(args.get(args.size() - 1)).without(Set.of("le"));
            case "label_replace":
            case "label_join":
                if (args.size() >= 2 && args.get(1) instanceof StringLiteral destination) {
                    return input(args.get(0)).with(destination.value());
                }
                return Labels.UNKNOWN;
            case "absent":
            case "absent_over_time": {
                if (args.isEmpty()) {
                    return Labels.UNKNOWN;
                }
                Expr inner = args.get(0);
                VectorSelector selector = inner instanceof MatrixSelector m ? m.selector()
                        : inner instanceof VectorSelector v ? v : null;
                if (selector == null) {
                    return Labels.NONE;
                }
                Map<String, String> pinned = new HashMap<>();
                for (LabelMatcher matcher : selector.matchers()) {
                    if (matcher.type() == MatchType.EQUAL && !matcher.isMetricName()) {
                        pinned.put(matcher.name(), matcher.value());
                    }
                }
                return new Labels(pinned.keySet(), true, pinned);
            }
            case "vector":
                return Labels.NONE;
            case "info":
                if (args.isEmpty()) {
                    return Labels.UNKNOWN;
                }
                Labels info = input(args.get(0));
                return new Labels(info.names(), false, info.pinned());
            default:
                for (Expr arg : args) {
                    if (arg.type() == ValueType.INSTANT_VECTOR || arg.type() == ValueType.RANGE_VECTOR) {
                        return input(arg);
                    }
                }
                return Labels.NONE;
        }
    }
}
