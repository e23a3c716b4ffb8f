package dev.obsgen.core.render.elasticsearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * JSON for the collection outputs (index templates, the CloudWatch agent config): two-space indent, map keys
 * sorted, a final newline. JSON has no comments, so the header goes where a format has a metadata field (an index
 * template's {@code _meta}, the catalog's {@code generatedBy}); the CloudWatch agent config has none.
 */
public final class JsonText {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private JsonText() {
    }

    public static String write(Object document) {
        try {
            return MAPPER.writer(PRINTER).writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + document.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
