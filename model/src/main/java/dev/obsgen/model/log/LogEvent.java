package dev.obsgen.model.log;

import dev.obsgen.model.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * A log event people search for: the level it is written at, its message, and the record fields that identify it,
 * each with the type the writer gives it (checked against the record schema).
 */
public record LogEvent(String name, LogLevel level, String message, String description, List<LogField> fields) {
    public LogEvent {
        description = description == null ? "" : description;
        fields = Values.list(fields);
    }

    public static Builder named(String name, LogLevel level, String message) {
        return new Builder(name, level, message);
    }

    public static final class Builder {
        private final String name;
        private final LogLevel level;
        private final String message;
        private String description;
        private final List<LogField> fields = new ArrayList<>();

        Builder(String name, LogLevel level, String message) {
            this.name = name;
            this.level = level;
            this.message = message;
        }

        public Builder description(String text) {
            this.description = text;
            return this;
        }

        public Builder withField(String path, FieldType type) {
            fields.add(LogField.of(path, type));
            return this;
        }

        public LogEvent build() {
            return new LogEvent(name, level, message, description, fields);
        }
    }
}
