package dev.obsgen.model.dashboard;

import dev.obsgen.model.Nullable;

/** What a value mapping shows instead of the value: a text, a colour, or both (either may be null). */
public record MappingResult(@Nullable String text, @Nullable String color) {
}
