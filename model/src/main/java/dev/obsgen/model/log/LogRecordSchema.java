package dev.obsgen.model.log;

import dev.obsgen.model.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The structured log record every service writes, one JSON object a line. The timestamp field is one of the
 * fields; its example value is what parser time formats are checked against.
 */
public record LogRecordSchema(String timestampField, String timestampExample, List<LogField> fields) {
    public LogRecordSchema {
        fields = Values.list(fields);
    }

    public static Builder timestamp(String field, String example) {
        return new Builder(field, example);
    }

    public Optional<LogField> field(String path) {
        return fields.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    public static final class Builder {
        private final String timestampField;
        private final String timestampExample;
        private final List<LogField> fields = new ArrayList<>();

        Builder(String timestampField, String timestampExample) {
            this.timestampField = timestampField;
            this.timestampExample = timestampExample;
            fields.add(LogField.of(timestampField, FieldType.DATE, "When the record was written, UTC."));
        }

        public Builder withField(String path, FieldType type, String description) {
            fields.add(LogField.of(path, type, description));
            return this;
        }

        public LogRecordSchema build() {
            return new LogRecordSchema(timestampField, timestampExample, fields);
        }
    }
}
