package dev.obsgen.model.trace;

import java.util.Objects;

/** One attribute a span carries, with its OpenTelemetry value type. */
public record SpanAttribute(String name, AttributeType type, String description) {
    public SpanAttribute {
        Objects.requireNonNull(name, "span attribute name");
        Objects.requireNonNull(type, "type of span attribute " + name);
        description = description == null ? "" : description;
    }

    public static SpanAttribute of(String name, AttributeType type, String description) {
        return new SpanAttribute(name, type, description);
    }
}
