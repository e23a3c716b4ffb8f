package dev.obsgen.promql;

import java.util.List;

/**
 * Entry point: parse, print and inspect PromQL expressions as Prometheus 3 does, experimental
 * syntax included.
 *
 * <pre>{@code
 * Expr expr = PromQL.parse("sum by (job) (rate(http_requests_total{code=~\"5..\"}[5m]))");
 * expr.type();                                  // INSTANT_VECTOR
 * PromQL.print(expr);                           // canonical text
 * ExprWalker.vectorSelectors(expr);             // every selector with its context
 * PromQL.experimentalFeatures(expr);            // what needs a feature flag on the server
 * }</pre>
 */
public final class PromQL {

    private PromQL() {
    }

    /**
     * Parses and type-checks an expression.
     *
     * @throws ParseException where and why Prometheus would reject it
     */
    public static Expr parse(String input) {
        return new Parser(input).parse();
    }

    /** The canonical text of the expression; parsing it gives back an equal expression. */
    public static String print(Expr expr) {
        return Printer.print(expr);
    }

    /** Every use of syntax that needs {@code --enable-feature=...} on the server. */
    public static List<ExperimentalFeature> experimentalFeatures(Expr expr) {
        return ExperimentalFeatures.of(expr);
    }
}
