package dev.obsgen.core.check.alert;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.promql.QueryCheck;
import dev.obsgen.core.check.promql.QueryContext;
import dev.obsgen.core.check.promql.QueryFindings;
import dev.obsgen.core.check.promql.QueryKind;
import dev.obsgen.promql.Aggregate;
import dev.obsgen.promql.Binary;
import dev.obsgen.promql.BinaryOp;
import dev.obsgen.promql.Call;
import dev.obsgen.promql.Expr;
import dev.obsgen.promql.ExprWalker;
import dev.obsgen.promql.Subquery;
import dev.obsgen.promql.Unary;
import dev.obsgen.promql.ValueType;
import java.util.ArrayDeque;
import java.util.Set;

/**
 * An alert fires for every series its expression returns; without a condition that is every series there is,
 * always. A condition is anything that decides which series survive: a comparison ({@code > 0.1}) wherever the
 * result's series come through it (inside an aggregation, a function, a subquery, on either side of arithmetic),
 * {@code and}, {@code unless}, or {@code absent()} for missing data; an {@code or} needs one on each side.
 */
@CheckDefinition(
        id = "alert/comparison",
        severity = FindingSeverity.WARNING,
        summary = "An alert expression has a comparison (or absent()), so it does not fire for every series.",
        example = "alert expr: sum by (flow) (rate(errors_total[5m]))",
        fix = "Add the condition: sum by (flow) (rate(errors_total[5m])) > 0.1.",
        queryKinds = QueryKind.ALERT)
public final class AlertComparison implements QueryCheck {
    private static final Set<String> ABSENCE = Set.of("absent", "absent_over_time");

    @Override
    public void check(QueryContext context, QueryFindings findings) {
        if (!hasCondition(context.ast())) {
            findings.report(context.ast().position(), "the alert expression has no comparison, so it fires for every "
                    + "series it returns; add a condition such as '> 0.9'");
        }
    }

    /**
     * Whether the expression returns only series that meet a condition. Evaluated bottom-up from a work list with
     * a stack of answers rather than by recursion, since generated alerts chain thousands of operands.
     */
    static boolean hasCondition(Expr expr) {
        ArrayDeque<Object> work = new ArrayDeque<>();
        ArrayDeque<Boolean> answers = new ArrayDeque<>();
        work.push(expr);
        while (!work.isEmpty()) {
            Object item = work.pop();
            if (item instanceof Combine combine) {
                boolean right = answers.pop();
                boolean left = answers.pop();
                answers.push(combine.answer(left, right));
                continue;
            }
            Expr node = ExprWalker.unwrapParens((Expr) item);
            if (node instanceof Aggregate aggregate) {
                // An aggregation returns a group only when some of its series came through: max(x > 1) filters.
                work.push(aggregate.expr());
            } else if (node instanceof Unary unary) {
                work.push(unary.expr());
            } else if (node instanceof Subquery subquery) {
                // max_over_time((x > 1)[10m:]) returns the series that met the condition in the window.
                work.push(subquery.expr());
            } else if (node instanceof Call call) {
                Expr vector = ABSENCE.contains(call.name()) ? null : vectorArgument(call);
                if (vector == null) {
                    answers.push(ABSENCE.contains(call.name()));
                } else {
                    work.push(vector);
                }
            } else if (!(node instanceof Binary binary)) {
                answers.push(false);
            } else if (binary.op().isComparison() && !binary.returnBool()) {
                answers.push(true);
            } else if (binary.op() == BinaryOp.AND || binary.op() == BinaryOp.UNLESS) {
                // The right side decides which series of the left survive: a filter whatever each side is.
                answers.push(true);
            } else if (binary.op() == BinaryOp.OR || binary.op().isArithmetic() || binary.op() == BinaryOp.ATAN2) {
                // The operands' answers first, left then right, then their combination.
                work.push(new Combine(binary.op()));
                work.push(binary.rhs());
                work.push(binary.lhs());
            } else {
                answers.push(false);
            }
        }
        return answers.pop();
    }

    /** The argument whose series a call returns, transformed: the first vector or subquery; null for none. */
    private static Expr vectorArgument(Call call) {
        for (Expr arg : call.args()) {
            Expr unwrapped = ExprWalker.unwrapParens(arg);
            if (arg.type() == ValueType.INSTANT_VECTOR || unwrapped instanceof Subquery) {
                return unwrapped;
            }
        }
        return null;
    }

    /** Joins the answers of the two operands of an operation that passes on conditions. */
    private record Combine(BinaryOp op) {
        boolean answer(boolean left, boolean right) {
            // Each side's series of an or are returned, so both need a condition. Arithmetic returns only series
            // both vector operands have, so a filtered operand filters the result: (x > 1) * 100, or
            // (x > 1) * on (instance) group_left (nodename) node_uname_info.
            return op == BinaryOp.OR ? left && right : left || right;
        }
    }
}
