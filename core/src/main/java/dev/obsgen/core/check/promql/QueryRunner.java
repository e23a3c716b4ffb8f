package dev.obsgen.core.check.promql;

import dev.obsgen.core.check.Finding;
import dev.obsgen.core.gotemplate.AlertTemplate;
import dev.obsgen.promql.Expr;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses each query once ({@link SyntaxCheck}) and runs every query check that reads the query's kind on what parsed;
 * the checks that need no expression run on every query of their kinds.
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

    /** A finding with the query it is about; its location holds the range it points at. */
    public record Located(Finding finding, Query query) {
        /** The offset the finding points at, into the expression or into the template its location names. */
        public int offset() {
            return finding.location().range() == null ? 0 : finding.location().range().start();
        }
    }

    public Result run(List<Query> queries, MetricCatalog catalog) {
        List<Located> located = new ArrayList<>();
        boolean typed = catalog.complete() || catalog instanceof TypedCatalog;
        // What each check declares is read once a run, not once for every query.
        Map<QueryKind, List<QueryCheck>> byKind = new EnumMap<>(QueryKind.class);
        Set<QueryCheck> needExpression = Collections.newSetFromMap(new IdentityHashMap<>());
        for (QueryKind kind : QueryKind.values()) {
            byKind.put(kind, checks.stream().filter(c -> c.readsKind(kind) && (typed || !c.needsTypes())).toList());
        }
        checks.stream().filter(QueryCheck::needsExpression).forEach(needExpression::add);
        // A template's parse is shared by the queries of this run, which one thread runs.
        Map<String, AlertTemplate> parsedTemplates = new HashMap<>();
        for (Query query : queries) {
            QueryFindings sink = new QueryFindings(query);
            Expr ast = syntax.parse(query, sink);
            QueryContext context = QueryContext.of(query, ast, catalog, parsedTemplates);
            for (QueryCheck check : byKind.get(query.kind())) {
                if (ast == null && needExpression.contains(check)) {
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
            for (Finding finding : sink.findings()) {
                located.add(new Located(finding, query));
            }
        }
        return new Result(located);
    }
}
