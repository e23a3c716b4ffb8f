package dev.obsgen.model.dashboard;

/** What a value mapping shows instead of the value: a text, a colour, or both (either may be null). */
public record MappingResult(String text, String color) {
}
