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

    /** A builder holding this part's events and sources: {@code with…} appends, the list setters replace. */
    public Builder toBuilder() {
        return new Builder(record).events(events).sources(sources);
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

        /** Replaces the events declared so far. */
        public Builder events(List<LogEvent> values) {
            Values.replace(events, values);
            return this;
        }

        /** Replaces the sources declared so far. */
        public Builder sources(List<LogSource> values) {
            Values.replace(sources, values);
            return this;
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
