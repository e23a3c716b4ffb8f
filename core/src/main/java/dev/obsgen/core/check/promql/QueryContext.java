package dev.obsgen.core.check.promql;

import dev.obsgen.core.gotemplate.AlertTemplate;
import dev.obsgen.promql.Expr;
import java.util.HashMap;
import java.util.Map;

/**
 * A parsed query with the catalog it is checked against and its alert's templates. {@code ast} is null for the
 * checks that run where the expression does not parse.
 */
public record QueryContext(Query query, Expr ast, MetricCatalog catalog, LabelInference labels,
                           QueryTemplates templates) {
    public static QueryContext of(Query query, Expr ast, MetricCatalog catalog) {
        return of(query, ast, catalog, new HashMap<>());
    }

    /** As {@link #of(Query, Expr, MetricCatalog)}, taking a text other queries parsed already from {@code parsed}. */
    static QueryContext of(Query query, Expr ast, MetricCatalog catalog, Map<String, AlertTemplate> parsed) {
        return new QueryContext(query, ast, catalog, new LabelInference(catalog), QueryTemplates.of(query, parsed));
    }
}
