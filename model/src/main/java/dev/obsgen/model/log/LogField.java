package dev.obsgen.model.log;

/**
 * One field of a log record. The path is dotted for nested objects ({@code context.run_id} is {@code run_id}
 * inside the {@code context} object), as Elasticsearch and Fluent Bit name them.
 */
public record LogField(String path, FieldType type, String description) {
    public LogField {
        description = description == null ? "" : description;
    }

    public static LogField of(String path, FieldType type, String description) {
        return new LogField(path, type, description);
    }

    public static LogField of(String path, FieldType type) {
        return new LogField(path, type, "");
    }
}
