package dev.obsgen.model.trace;

/** One attribute a span carries, with its OpenTelemetry value type. */
public record SpanAttribute(String name, AttributeType type, String description) {
    public SpanAttribute {
        description = description == null ? "" : description;
    }

    public static SpanAttribute of(String name, AttributeType type, String description) {
        return new SpanAttribute(name, type, description);
    }
}
