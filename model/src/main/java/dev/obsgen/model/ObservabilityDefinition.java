package dev.obsgen.model;

/**
 * What a team implements to describe its observability. The class needs a public no-argument constructor; the
 * Maven plugin and the command line load it by name and call {@link #define()}.
 */
public interface ObservabilityDefinition {
    Observability define();
}
