package dev.obsgen.model.collection;

/** A producer of telemetry in the topology: a service, a fleet of workers, a managed AWS service. */
public record Source(String name, String description) implements Node {
    public Source {
        description = description == null ? "" : description;
    }

    public static Source of(String name, String description) {
        return new Source(name, description);
    }
}
