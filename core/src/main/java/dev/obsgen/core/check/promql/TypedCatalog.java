package dev.obsgen.core.check.promql;

/**
 * A catalog that knows metric types without listing every series, such as one read from a Prometheus metadata
 * response: typed checks run on the names it knows, unknown names are not errors.
 */
public interface TypedCatalog extends MetricCatalog {
}
