package dev.obsgen.core.render.grafana.v2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.obsgen.core.render.grafana.DashboardJsonFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The v2 dashboard spec schema generated from {@code @grafana/schema}'s published types (see the README of the
 * {@code grafana-schema} test resources), for validating what {@link DashboardV2} writes.
 */
public final class GrafanaV2Schema {
    private static final String FILE = "/grafana-schema/dashboard-v2.jsonschema.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();

    private GrafanaV2Schema() {
    }

    private static JsonSchema load() {
        try (InputStream in = GrafanaV2Schema.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("the v2 dashboard schema is missing from the test class path: " + FILE);
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every violation of the spec, as the validator words it; empty when it is valid. */
    public static List<String> validate(Map<String, Object> spec) {
        return validate(DashboardJsonFormat.write(spec));
    }

    public static List<String> validate(String specJson) {
        try {
            JsonNode node = JSON.readTree(specJson);
            return SCHEMA.validate(node).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
