package dev.obsgen.core.render.grafana;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The JSON dashboards are written in: keys sorted (as Grafana exports them), two-space indentation,
 * {@code "key": value}, empty arrays and objects as {@code []} and {@code {}}, a trailing newline. The line
 * separator is fixed to {@code \n} so the bytes do not depend on the machine.
 *
 * <p>A dashboard's tree of maps, lists and scalars is walked straight into one generator: the mapper would look up
 * a serializer for every value and copy every map whose keys it has to sort, and most of the tree is sorted maps
 * already. Anything else in the tree (a value from a raw field of another type) goes through the mapper, so the
 * bytes are the mapper's either way.
 */
public final class DashboardJsonFormat {
    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .setDefaultPrettyPrinter(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                            .withObjectEmptySeparator("")
                            .withArrayEmptySeparator(""))
                    .withObjectIndenter(INDENTER)
                    .withArrayIndenter(INDENTER))
            .enable(SerializationFeature.INDENT_OUTPUT);

    private DashboardJsonFormat() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Object document) {
        SegmentedStringWriter text = new SegmentedStringWriter(MAPPER.getFactory()._getBufferRecycler());
        try {
            try (JsonGenerator generator = MAPPER.createGenerator(text)) {
                value(generator, document);
                generator.writeRaw('\n');
            }
            return text.getAndClear();
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise " + document.getClass().getSimpleName() + ": "
                    + e.getMessage(), e);
        }
    }

    private static void value(JsonGenerator generator, Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof String text) {
            generator.writeString(text);
        } else if (value instanceof Boolean bool) {
            generator.writeBoolean(bool);
        } else if (value instanceof Long number) {
            generator.writeNumber(number);
        } else if (value instanceof Integer number) {
            generator.writeNumber(number);
        } else if (value instanceof Double number) {
            generator.writeNumber(number);
        } else if (value instanceof SortedFields fields) {
            generator.writeStartObject();
            for (int i = 0; i < fields.size(); i++) {
                generator.writeFieldName(fields.keyAt(i));
                value(generator, fields.valueAt(i));
            }
            generator.writeEndObject();
        } else if (value instanceof Map<?, ?> map && stringKeys(map)) {
            generator.writeStartObject();
            // As the mapper orders entries: a sorted map as it stands, any other by its keys.
            Map<?, ?> ordered = map instanceof SortedMap<?, ?> ? map : new TreeMap<>(map);
            for (Map.Entry<?, ?> entry : ordered.entrySet()) {
                generator.writeFieldName((String) entry.getKey());
                value(generator, entry.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            generator.writeStartArray();
            for (Object element : list) {
                value(generator, element);
            }
            generator.writeEndArray();
        } else {
            // Floats, big numbers, arrays, records: whatever the mapper makes of them.
            generator.writeObject(value);
        }
    }

    private static boolean stringKeys(Map<?, ?> map) {
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) {
                return false;
            }
        }
        return true;
    }
}
