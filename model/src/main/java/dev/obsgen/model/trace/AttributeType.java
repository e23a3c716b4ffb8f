package dev.obsgen.model.trace;

/** The OpenTelemetry attribute value types a span attribute can have. */
public enum AttributeType {
    STRING("string"),
    INT("int"),
    DOUBLE("double"),
    BOOLEAN("boolean");

    private final String label;

    AttributeType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
