package dev.obsgen.core.check.promql;

import dev.obsgen.core.check.Check;
import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.CheckInput;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.promql.Expr;
import dev.obsgen.promql.ParseException;
import dev.obsgen.promql.PromQL;

/**
 * Every expression parses as Prometheus 3 parses it, types included. It runs first, once per query: an expression
 * that does not parse gets this one finding, with the parser's position, and no other check runs on it.
 */
@CheckDefinition(
        id = "promql/syntax",
        severity = FindingSeverity.ERROR,
        summary = "Every PromQL expression parses, with the types Prometheus requires.",
        example = "rate(foo[5m] > 1  (an unclosed parenthesis), rate(foo) (an instant vector where a range is needed)",
        fix = "Fix the expression at the line and column the message gives.",
        inputs = {CheckInput.MODEL, CheckInput.RULE_FILES, CheckInput.DASHBOARD_FILES})
public final class SyntaxCheck implements Check {
    /** The parsed expression, or null after reporting why it does not parse. */
    Expr parse(Query query, QueryFindings findings) {
        if (query.expr().isBlank()) {
            findings.add(id(), severity(), 0, "the expression is empty");
            return null;
        }
        try {
            return PromQL.parse(query.expr());
        } catch (ParseException e) {
            findings.add(id(), severity(), e.offset(), e.reason());
            return null;
        }
    }
}
