package dev.obsgen.core.render.grafana;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Grafana's published JSON Schemas (the Foundation SDK's, copied into the test resources' {@code grafana-schema}
 * folder, whose README says where they come from): the
 * dashboard schema for the whole JSON, and each panel kind's schema for its {@code options} and
 * {@code fieldConfig.defaults.custom}, plus the Prometheus query schema for each target.
 *
 * <p>The schemas are stricter than Grafana in three known places (see the schema README): an override matcher's
 * {@code options} given as a string, an override property {@code value} given as a scalar, and the object form of
 * a variable query. Grafana itself writes the first two, so before validation those two spots are wrapped in
 * objects; nothing else is relaxed.
 */
public final class GrafanaSchemas {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

    private static final String FOLDER = "/grafana-schema/";

    private final Map<String, JsonSchema> schemas = new HashMap<>();

    private GrafanaSchemas() {
    }

    /** The schemas on the test class path; they are part of the repository, so their absence is a broken build. */
    public static GrafanaSchemas load() {
        if (GrafanaSchemas.class.getResource(FOLDER + "dashboard.jsonschema.json") == null) {
            throw new IllegalStateException("Grafana JSON Schemas missing from the test class path: " + FOLDER);
        }
        return new GrafanaSchemas();
    }

    /** Every schema violation of a dashboard's JSON text, each prefixed with where it was found; empty when valid. */
    public List<String> validateDashboard(String dashboardJson) {
        JsonNode dashboard = relaxKnownStrictness(read(dashboardJson));
        List<String> problems = new ArrayList<>();
        collect(problems, "dashboard", schema("dashboard", null).validate(dashboard));
        for (JsonNode panel : panels(dashboard)) {
            String type = panel.path("type").asText();
            String where = "panel " + panel.path("id").asText() + " (" + type + ")";
            if (GrafanaSchemas.class.getResource(FOLDER + type + ".jsonschema.json") == null) {
                problems.add(where + ": no schema for panel type " + type);
                continue;
            }
            collect(problems, where + " options", schema(type, "Options").validate(panel.path("options")));
            JsonNode custom = panel.path("fieldConfig").path("defaults").path("custom");
            if (!custom.isMissingNode()) {
                if (hasDefinition(type, "FieldConfig")) {
                    collect(problems, where + " custom", schema(type, "FieldConfig").validate(custom));
                } else {
                    problems.add(where + ": custom field config given, but " + type + " has none");
                }
            }
            for (JsonNode target : panel.path("targets")) {
                collect(problems, where + " target " + target.path("refId").asText(),
                        schema("prometheus", null).validate(target));
            }
        }
        return problems;
    }

    /** The panels of a dashboard, those inside collapsed rows included, rows themselves excluded. */
    public static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            if (panel.path("type").asText().equals("row")) {
                panel.path("panels").forEach(out::add);
            } else {
                out.add(panel);
            }
        }
        return out;
    }

    public List<String> unitIds() {
        List<String> ids = new ArrayList<>();
        loadFile("units").path("definitions").forEach(unit -> ids.add(unit.path("const").asText()));
        return ids;
    }

    private static JsonNode relaxKnownStrictness(JsonNode dashboard) {
        JsonNode copy = dashboard.deepCopy();
        for (JsonNode panel : panels(copy)) {
            for (JsonNode override : panel.path("fieldConfig").path("overrides")) {
                JsonNode matcher = override.path("matcher");
                if (matcher.path("options").isValueNode() && matcher instanceof ObjectNode m) {
                    m.set("options", JSON.createObjectNode().set("name", matcher.path("options")));
                }
                for (JsonNode property : override.path("properties")) {
                    if (property.path("value").isValueNode() && property instanceof ObjectNode p) {
                        p.set("value", JSON.createObjectNode().set("value", property.path("value")));
                    }
                }
            }
        }
        return copy;
    }

    private JsonSchema schema(String file, String definition) {
        return schemas.computeIfAbsent(file + "#" + definition, key -> {
            ObjectNode root = loadFile(file).deepCopy();
            if (definition != null) {
                root.set("$ref", TextNode.valueOf("#/definitions/" + definition));
            }
            return FACTORY.getSchema(root);
        });
    }

    private boolean hasDefinition(String file, String definition) {
        return loadFile(file).path("definitions").has(definition);
    }

    private JsonNode loadFile(String file) {
        try (InputStream in = GrafanaSchemas.class.getResourceAsStream(FOLDER + file + ".jsonschema.json")) {
            if (in == null) {
                throw new IllegalStateException("no schema " + FOLDER + file + ".jsonschema.json on the test class path");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(List<String> problems, String where, Iterable<ValidationMessage> messages) {
        Iterator<ValidationMessage> it = messages.iterator();
        while (it.hasNext()) {
            problems.add(where + ": " + it.next().getMessage());
        }
    }
}
