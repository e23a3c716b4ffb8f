package dev.obsgen.core.render.grafana.v2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.obsgen.core.render.grafana.DashboardJsonFormat;
import dev.obsgen.core.render.grafana.GrafanaVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The v2 and v2beta1 dashboard spec schemas generated from {@code @grafana/schema}'s published types (see the
 * README of the {@code grafana-schema} test resources), for validating what {@link DashboardV2} writes.
 */
public final class GrafanaV2Schema {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema V2 = load("/grafana-schema/dashboard-v2.jsonschema.json");
    private static final JsonSchema V2BETA1 = load("/grafana-schema/dashboard-v2beta1.jsonschema.json");

    private GrafanaV2Schema() {
    }

    private static JsonSchema load(String file) {
        try (InputStream in = GrafanaV2Schema.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("the v2 dashboard schema is missing from the test class path: " + file);
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every violation of a spec for the release, as the validator words it; empty when it is valid. */
    public static List<String> validate(Map<String, Object> spec, GrafanaVersion version) {
        return validate(DashboardJsonFormat.write(spec), version);
    }

    /** Against the schema of {@link DashboardV2#isBeta the release's} v2 API: v2beta1 before 13, v2 from it. */
    public static List<String> validate(String specJson, GrafanaVersion version) {
        JsonSchema schema = DashboardV2.isBeta(version) ? V2BETA1 : V2;
        try {
            JsonNode node = JSON.readTree(specJson);
            return schema.validate(node).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
