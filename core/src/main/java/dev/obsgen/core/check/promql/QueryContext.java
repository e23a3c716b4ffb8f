package dev.obsgen.core.check.promql;

import dev.obsgen.promql.Expr;

/** A parsed query with the catalog it is checked against. */
public record QueryContext(Query query, Expr ast, MetricCatalog catalog, LabelInference labels) {
    public static QueryContext of(Query query, Expr ast, MetricCatalog catalog) {
        return new QueryContext(query, ast, catalog, new LabelInference(catalog));
    }
}
