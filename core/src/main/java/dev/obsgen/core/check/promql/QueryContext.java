package dev.obsgen.core.check.promql;

import dev.obsgen.promql.Expr;

/**
 * A parsed query with the catalog it is checked against and its alert's templates. {@code ast} is null for the
 * checks that run where the expression does not parse.
 */
public record QueryContext(Query query, Expr ast, MetricCatalog catalog, LabelInference labels,
                           QueryTemplates templates) {
    public static QueryContext of(Query query, Expr ast, MetricCatalog catalog) {
        return new QueryContext(query, ast, catalog, new LabelInference(catalog), QueryTemplates.of(query));
    }
}
