package dev.obsgen.core.dashboard;

/** An annotation query: events from a PromQL expression; {@code expr} is empty for Grafana's built-in annotations. */
public record AnnotationShape(String name, String expr, String datasource) {
    public AnnotationShape {
        name = name == null ? "" : name;
        expr = expr == null ? "" : expr;
        datasource = datasource == null ? "" : datasource;
    }
}
