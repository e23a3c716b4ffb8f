package dev.obsgen.core.render.fluentbit;

import java.util.Objects;

/** One {@code Key value} line of a Fluent Bit section; a key may repeat within a section. */
public record FluentBitEntry(String key, String value) {
    public FluentBitEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value of " + key);
    }
}
