package dev.obsgen.model.log;

import dev.obsgen.model.Values;
import java.util.ArrayList;
import java.util.List;

/** The logging part of the model: the record schema, the events people search for, and the files they are in. */
public record Logs(LogRecordSchema record, List<LogEvent> events, List<LogSource> sources) {
    public Logs {
        events = Values.list(events);
        sources = Values.list(sources);
    }

    public static Builder of(LogRecordSchema record) {
        return new Builder(record);
    }

    public Logs withEvents(List<LogEvent> replacement) {
        return new Logs(record, replacement, sources);
    }

    public static final class Builder {
        private final LogRecordSchema record;
        private final List<LogEvent> events = new ArrayList<>();
        private final List<LogSource> sources = new ArrayList<>();

        Builder(LogRecordSchema record) {
            this.record = record;
        }

        public Builder withEvent(LogEvent event) {
            events.add(event);
            return this;
        }

        public Builder withEvent(LogEvent.Builder event) {
            return withEvent(event == null ? null : event.build());
        }

        public Builder withSource(LogSource source) {
            sources.add(source);
            return this;
        }

        public Logs build() {
            return new Logs(record, events, sources);
        }
    }
}
