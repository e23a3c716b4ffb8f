package dev.obsgen.core.check.promql;

import dev.obsgen.core.check.Finding;
import dev.obsgen.promql.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses each query once ({@link SyntaxCheck}) and runs every query check on what parsed; the checks that need no
 * expression run on every query.
 */
public final class QueryRunner {
    private final SyntaxCheck syntax;
    private final List<QueryCheck> checks;

    public QueryRunner(SyntaxCheck syntax, List<QueryCheck> checks) {
        this.syntax = syntax;
        this.checks = List.copyOf(checks);
    }

    /**
     * The findings, each with the query and the offset into its expression it points at; a finding a suppression
     * silenced is a note that carries the suppression's reason.
     */
    public record Result(List<Located> located) {
        public List<Finding> findings() {
            return located.stream().map(Located::finding).toList();
        }
    }

    /** {@code offset} is into the expression, or into the template of key {@code template} where that is set. */
    public record Located(Finding finding, Query query, int offset, String template) {
    }

    public Result run(List<Query> queries, MetricCatalog catalog) {
        List<Located> located = new ArrayList<>();
        boolean typed = catalog.complete() || catalog instanceof TypedCatalog;
        for (Query query : queries) {
            QueryFindings sink = new QueryFindings(query);
            Expr ast = syntax.parse(query, sink);
            QueryContext context = QueryContext.of(query, ast, catalog);
            for (QueryCheck check : checks) {
                if (check.needsTypes() && !typed || ast == null && check.needsExpression()) {
                    continue;
                }
                sink.begin(check);
                try {
                    check.check(context, sink);
                } catch (RuntimeException e) {
                    throw new IllegalStateException("check " + check.id() + " failed on " + query.element() + " ("
                            + query.expr() + "): " + e, e);
                }
            }
            for (int i = 0; i < sink.findings().size(); i++) {
                located.add(new Located(sink.findings().get(i), query, sink.offsets().get(i),
                        sink.templates().get(i)));
            }
        }
        return new Result(located);
    }
}
