package dev.obsgen.model.log;

/**
 * The type of one field of a structured log record, named after the Elasticsearch mapping type it becomes. A
 * {@link #TEXT} field is analysed for full-text search and also gets an exact {@code keyword} sub-field.
 */
public enum FieldType {
    KEYWORD("keyword"),
    TEXT("text"),
    DATE("date"),
    INTEGER("integer"),
    LONG("long"),
    FLOAT("float"),
    DOUBLE("double"),
    BOOLEAN("boolean");

    private final String mapping;

    FieldType(String mapping) {
        this.mapping = mapping;
    }

    public String mapping() {
        return mapping;
    }

    /**
     * Whether a value written as {@code this} type is stored without loss in a field of type {@code target}:
     * the same type, a wider number, or exact text searched through a text field's keyword sub-field.
     */
    public boolean fitsInto(FieldType target) {
        if (this == target) {
            return true;
        }
        return switch (this) {
            case INTEGER -> target == LONG || target == FLOAT || target == DOUBLE;
            case LONG -> target == DOUBLE;
            case FLOAT -> target == DOUBLE;
            case KEYWORD -> target == TEXT;
            default -> false;
        };
    }
}
