package dev.obsgen.core.check.promql;

import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.promql.Binary;
import dev.obsgen.promql.BinaryOp;
import dev.obsgen.promql.Call;
import dev.obsgen.promql.Expr;
import java.util.Set;

/**
 * An alert fires for every series its expression returns; without a comparison that is every series there is,
 * always. The condition is a comparison ({@code > 0.1}), or {@code absent()} for missing data.
 */
public final class AlertComparison implements QueryCheck {
    private static final Set<String> ABSENCE = Set.of("absent", "absent_over_time");

    @Override
    public String id() {
        return "alert/comparison";
    }

    @Override
    public String summary() {
        return "An alert expression has a comparison (or absent()), so it does not fire for every series.";
    }

    @Override
    public String example() {
        return "alert expr: sum by (flow) (rate(errors_total[5m]))";
    }

    @Override
    public String fix() {
        return "Add the condition: sum by (flow) (rate(errors_total[5m])) > 0.1.";
    }

    @Override
    public FindingSeverity severity() {
        return FindingSeverity.WARNING;
    }

    @Override
    public void check(QueryContext context, QueryFindings findings) {
        if (context.query().kind() != QueryKind.ALERT) {
            return;
        }
        if (!hasCondition(context.ast())) {
            findings.report(context.ast().position(), "the alert expression has no comparison, so it fires for every "
                    + "series it returns; add a condition such as '> 0.9'");
        }
    }

    static boolean hasCondition(Expr expr) {
        Expr node = Nodes.unwrap(expr);
        if (node instanceof Binary binary) {
            if (binary.op().isComparison() && !binary.returnBool()) {
                return true;
            }
            if (binary.op() == BinaryOp.OR) {
                return hasCondition(binary.lhs()) && hasCondition(binary.rhs());
            }
            if (binary.op() == BinaryOp.AND || binary.op() == BinaryOp.UNLESS) {
                return hasCondition(binary.lhs()) || binary.op() == BinaryOp.AND && hasCondition(binary.rhs());
            }
            // Arithmetic returns only series its vector operands have, so a filtered operand filters the result:
            // (x > 1) * 100, or (x > 1) * on (instance) group_left (nodename) node_uname_info.
            return binary.op().isArithmetic() && (hasCondition(binary.lhs()) || hasCondition(binary.rhs()));
        }
        return node instanceof Call call && ABSENCE.contains(call.name());
    }
}
