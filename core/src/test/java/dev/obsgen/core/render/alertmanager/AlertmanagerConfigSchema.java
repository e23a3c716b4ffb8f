package dev.obsgen.core.render.alertmanager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The v1alpha1 AlertmanagerConfig schema committed under {@code src/test/resources/schema/} (see the README there for
 * its source), in two forms:
 *
 * <ul>
 *   <li>{@link #asPublished()}: as the package ships it. Like every CRD schema it lets unknown fields through, because
 *       the API server prunes them instead of refusing them; a misspelt field would vanish without a word.</li>
 *   <li>{@link #strict()}: the same, with that pruning made an error ({@code additionalProperties: false} on every
 *       object that lists its properties), so a field name the CRD does not have fails the test.</li>
 * </ul>
 *
 * In both, {@code metadata} (a reference to Kubernetes' ObjectMeta, which the package resolves from another package)
 * is replaced by the part of ObjectMeta the renderer writes: name, namespace and string labels.
 */
final class AlertmanagerConfigSchema {
    static final String RESOURCE = "/schema/alertmanagerconfig-v1alpha1.schema.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

    private AlertmanagerConfigSchema() {
    }

    static JsonSchema asPublished() {
        return FACTORY.getSchema(withObjectMeta(load()));
    }

    static JsonSchema strict() {
        ObjectNode schema = withObjectMeta(load());
        closeObjects(schema);
        return FACTORY.getSchema(schema);
    }

    static List<String> problems(JsonSchema schema, JsonNode document) {
        return schema.validate(document).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    static ObjectNode load() {
        try (InputStream in = AlertmanagerConfigSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " on the test classpath");
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode withObjectMeta(ObjectNode schema) {
        ObjectNode metadata = JSON.createObjectNode().put("type", "object");
        ObjectNode properties = metadata.putObject("properties");
        properties.putObject("name").put("type", "string").put("minLength", 1);
        properties.putObject("namespace").put("type", "string").put("minLength", 1);
        properties.putObject("labels").put("type", "object").putObject("additionalProperties").put("type", "string");
        ((ObjectNode) schema.get("properties")).set("metadata", metadata);
        return schema;
    }

    private static void closeObjects(JsonNode node) {
        if (node instanceof ObjectNode object && object.has("properties") && !object.has("additionalProperties")) {
            object.set("additionalProperties", BooleanNode.FALSE);
        }
        node.forEach(AlertmanagerConfigSchema::closeObjects);
    }
}
