package dev.obsgen.core.render.grafana;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The JSON dashboards are written in: keys sorted (as Grafana exports them), two-space indentation,
 * {@code "key": value}, empty arrays and objects as {@code []} and {@code {}}, a trailing newline. The line
 * separator is fixed to {@code \n} so the bytes do not depend on the machine.
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
        try {
            return MAPPER.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + document.getClass().getSimpleName() + ": "
                    + e.getMessage(), e);
        }
    }
}
