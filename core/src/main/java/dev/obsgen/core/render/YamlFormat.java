package dev.obsgen.core.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.obsgen.core.render.yaml.YamlEmitter;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The YAML every renderer writes: block style, quotes only where YAML needs them (strings that would read as
 * numbers, booleans or null are quoted), multi-line strings as literal blocks, long lines never folded, map keys
 * sorted. Objects are serialised, never concatenated, so any label value or annotation comes out valid.
 *
 * <p>{@link YamlEmitter} writes what the mapper's serialisers produce, with the bytes the mapper's YAML generator
 * would write, several times faster; a document of a shape the emitter has not been proven on is written by the
 * mapper itself.
 */
public final class YamlFormat {
    private static final ObjectMapper MAPPER = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build())
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    // For documents whose nulls mean something, such as a dashboard's base threshold "value": null.
    private static final ObjectMapper KEEPING_NULLS = MAPPER.copy().setSerializationInclusion(JsonInclude.Include.ALWAYS);
    private static final AtomicLong WRITTEN_BY_MAPPER = new AtomicLong();

    private YamlFormat() {
    }

    /** The list, or null where it is empty, so that the field is left out of the YAML (null fields are). */
    public static <T> List<T> nullIfEmpty(List<T> values) {
        return values == null || values.isEmpty() ? null : values;
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The document, after a {@code # header} line when one is given. */
    public static String write(Object document, String header) {
        return write(MAPPER, document, header);
    }

    /**
     * The document with its null values written as {@code null}, not left out: for a document embedded whole, as
     * a dashboard inside a Kubernetes resource, whose reader must get what its JSON says.
     */
    public static String writeKeepingNulls(Object document, String header) {
        return write(KEEPING_NULLS, document, header);
    }

    private static String write(ObjectMapper mapper, Object document, String header) {
        Optional<String> emitted = emit(mapper, document, header);
        if (emitted.isPresent()) {
            return emitted.get();
        }
        WRITTEN_BY_MAPPER.incrementAndGet();
        return writeWithMapper(mapper, document, header);
    }

    /**
     * The document as {@link YamlEmitter} writes it: the mapper's serialisers record their events (record components,
     * property names, inclusion, sorted map keys, as ever) and the emitter writes them; empty when it refuses.
     */
    public static Optional<String> emit(Object document, String header) {
        return emit(MAPPER, document, header);
    }

    private static Optional<String> emit(ObjectMapper mapper, Object document, String header) {
        if (document == null) {
            return Optional.empty();
        }
        try {
            TokenBuffer events = new TokenBuffer(mapper, false);
            mapper.writeValue(events, document);
            return YamlEmitter.emit(events.asParser(), header);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise " + document.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** The document as the mapper's YAML generator writes it, the reference {@link YamlEmitter} is held to. */
    public static String writeWithMapper(Object document, String header) {
        return writeWithMapper(MAPPER, document, header);
    }

    private static String writeWithMapper(ObjectMapper mapper, Object document, String header) {
        try {
            String yaml = mapper.writeValueAsString(document);
            return header == null ? yaml : "# " + header + "\n" + yaml;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + document.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** How many documents this JVM wrote with the mapper because the emitter refused their shape (should be none). */
    public static long writtenByMapper() {
        return WRITTEN_BY_MAPPER.get();
    }
}
