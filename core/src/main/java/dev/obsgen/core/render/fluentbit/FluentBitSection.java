package dev.obsgen.core.render.fluentbit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A section ({@code SERVICE}, {@code INPUT}, {@code FILTER}, {@code OUTPUT}, {@code PARSER}) and its entries in order. */
public record FluentBitSection(String kind, List<FluentBitEntry> entries) {
    public FluentBitSection {
        Objects.requireNonNull(kind, "kind");
        entries = List.copyOf(entries);
    }

    public static Builder of(String kind) {
        return new Builder(kind);
    }

    public static final class Builder {
        private final String kind;
        private final List<FluentBitEntry> entries = new ArrayList<>();

        Builder(String kind) {
            this.kind = kind;
        }

        public Builder entry(String key, Object value) {
            entries.add(new FluentBitEntry(key, String.valueOf(value)));
            return this;
        }

        /** Adds the entry only when the value is present. */
        public Builder optional(String key, Object value) {
            return value == null ? this : entry(key, value);
        }

        public FluentBitSection build() {
            return new FluentBitSection(kind, entries);
        }
    }
}
