package dev.obsgen.it.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.obsgen.core.render.elasticsearch.IndexTemplateRenderer;
import dev.obsgen.definitions.metaflow.MetaflowCollection;
import dev.obsgen.definitions.metaflow.MetaflowObservability;
import dev.obsgen.it.stack.HttpJson;
import dev.obsgen.model.Observability;
import dev.obsgen.model.collection.SearchStore;
import dev.obsgen.model.log.LogEvent;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated index template in a real OpenSearch node ({@link OpenSearchNode}, in this JVM, so it runs wherever
 * the tests run, CI included): the template is put as generated, the data stream is created, and every log event
 * of the Metaflow model is sent as the generated Fluent Bit pipeline would send it ({@link FluentBitBulkRequest}).
 * Each event is read back by its trace id, every field it carries is mapped with the type the template declares
 * and finds the event when searched, and the template's answers to bad input (a field it does not declare, a value
 * of the wrong type) are what OpenSearch does.
 *
 * <p>{@link LogsIntoElasticsearchIT} runs the real Fluent Bit against Elasticsearch where a Docker engine is
 * reachable; this test needs none.
 */
class LogsIntoOpenSearchIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Observability MODEL = new MetaflowObservability().define();
    private static final Map<String, ObjectNode> LINES = LogEventLines.of(MODEL.logs());
    private static final String LOGS_NAME = "logs-metaflow-production";

    @TempDir
    static Path output;

    private static OpenSearchNode node;
    private static SearchStore store;
    private static JsonNode template;
    private static FluentBitBulkRequest fluentBit;
    private static JsonNode bulkResponse;
    private static int builtInLogsTemplate;
    private static Map<String, JsonNode> simulations;

    @BeforeAll
    static void indexEveryEvent() throws IOException {
        OneShotContainer.renderMetaflow(output);
        store = (SearchStore) MODEL.collection().stores().stream()
                .filter(s -> s.name().equals(MetaflowCollection.ELASTICSEARCH)).findFirst().orElseThrow();
        String templateBody = Files.readString(output.resolve(IndexTemplateRenderer.path(store)));
        template = JSON.readTree(templateBody);
        fluentBit = FluentBitBulkRequest.of(output.resolve("fluent-bit/fluent-bit.yaml"));
        assertEquals(store.index(), fluentBit.index(), "Fluent Bit writes to the store's index");
        node = OpenSearchNode.start();
        ContainerHttp.send("PUT", api("/_index_template/" + store.template().name()), "application/json", templateBody);
        builtInLogsTemplate = HttpJson.status(URI.create(api("/_index_template/logs")));
        simulations = simulateNextToTheLogsPattern(store.index(), LOGS_NAME);
        ContainerHttp.send("PUT", api("/_data_stream/" + store.index()), null, null);
        bulkResponse = bulk(List.copyOf(LINES.values()));
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void theDataStreamIsTheTemplatesAndTakesEveryEvent() {
        JsonNode stream = ContainerHttp.send("GET", api("/_data_stream/" + store.index()), null, null)
                .path("data_streams").get(0);
        assertEquals(store.template().name(), stream.path("template").asText(), stream.toString());
        assertEquals("@timestamp", stream.path("timestamp_field").path("name").asText(), stream.toString());
        assertFalse(bulkResponse.path("errors").asBoolean(), bulkResponse.toString());
        assertEquals(MODEL.logs().events().size(), LINES.size(), "one line per event, each named once");
        assertTrue(LINES.size() >= 8, "the Metaflow model's events: " + LINES.keySet());
        assertEquals(LINES.size(), bulkResponse.path("items").size());
        for (JsonNode item : bulkResponse.path("items")) {
            JsonNode result = item.path(fluentBit.operation());
            assertEquals(201, result.path("status").asInt(), item.toString());
            assertTrue(result.path("_index").asText().startsWith(".ds-" + store.index() + "-"), item.toString());
        }
    }

    @Test
    void theIndexIsMappedExactlyAsTheTemplateDeclares() {
        JsonNode mappings = ContainerHttp.send("GET", api("/" + store.index() + "/_mapping"), null, null)
                .elements().next().path("mappings");
        JsonNode declared = template.path("template").path("mappings");
        assertEquals(declared.path("properties"), mappings.path("properties"),
                "after every event, the backing index has exactly the template's fields");
        assertEquals("false", mappings.path("dynamic").asText(), mappings.toString());
        Map<String, String> types = fieldTypes();
        assertEquals(declaredTypes(), types, "_field_caps of the data stream against the template");
    }

    static Stream<String> events() {
        return MODEL.logs().events().stream().map(LogEvent::name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void eachEventIsFoundByItsTraceIdAndEachOfItsFieldsByValue(String event) {
        ObjectNode line = LINES.get(event);
        ObjectNode sent = fluentBit.document(line);
        JsonNode hits = search(term("trace_id", line.path("trace_id")));
        assertEquals(1, hits.size(), "a term query on trace_id finds '" + event + "': " + hits);
        assertEquals(sent, hits.get(0).path("_source"), "the document as Fluent Bit sent it");
        Map<String, String> declared = declaredTypes();
        for (Map.Entry<String, JsonNode> field : leaves(sent).entrySet()) {
            String type = declared.get(field.getKey());
            assertNotEquals(null, type, "'" + event + "' sends '" + field.getKey() + "', which the template does not declare");
            JsonNode query = type.equals("text")
                    ? JSON.createObjectNode().set("match_phrase", JSON.createObjectNode().set(field.getKey(), field.getValue()))
                    : term(field.getKey(), field.getValue());
            JsonNode found = search(JSON.createObjectNode().set("bool", JSON.createObjectNode()
                    .set("filter", JSON.createArrayNode().add(term("trace_id", line.path("trace_id"))).add(query))));
            assertEquals(1, found.size(), "'" + event + "' is found by its " + type + " field " + field.getKey()
                    + " = " + field.getValue());
        }
    }

    @Test
    void aFieldTheTemplateDoesNotDeclareIsKeptInTheSourceButNotIndexed() {
        assertEquals("false", template.path("template").path("mappings").path("dynamic").asText(),
                "the template's answer to an undeclared field");
        ObjectNode line = LINES.values().iterator().next().deepCopy();
        line.put("trace_id", "0000000000000000000000000000beef");
        line.put("pod", "metadata-service-7d9f");
        ((ObjectNode) line.path("context")).put("gpu_count", 4);
        JsonNode item = bulk(List.of(line)).path("items").get(0).path(fluentBit.operation());
        assertEquals(201, item.path("status").asInt(), item.toString());
        JsonNode hits = search(term("trace_id", line.path("trace_id")));
        assertEquals(1, hits.size(), hits.toString());
        assertEquals("metadata-service-7d9f", hits.get(0).path("_source").path("pod").asText());
        assertEquals(4, hits.get(0).path("_source").path("context").path("gpu_count").asInt());
        assertEquals(0, search(term("pod", line.path("pod"))).size(), "an undeclared field is not searchable");
        assertEquals(0, search(term("context.gpu_count", line.path("context").path("gpu_count"))).size());
        assertFalse(fieldTypes().containsKey("pod"), "an undeclared field is not mapped");
        assertFalse(fieldTypes().containsKey("context.gpu_count"), "an undeclared field is not mapped");
    }

    @Test
    void aValueOfTheWrongTypeIsRejectedUnlessOpenSearchCanCoerceIt() {
        JsonNode attempt = template.path("template").path("mappings").path("properties").path("context")
                .path("properties").path("attempt");
        assertEquals(JSON.createObjectNode().put("type", "integer"), attempt,
                "no ignore_malformed and no coerce setting: a malformed value is rejected, a numeric string coerced");
        ObjectNode malformed = LINES.values().iterator().next().deepCopy();
        malformed.put("trace_id", "0000000000000000000000000000bad1");
        ((ObjectNode) malformed.path("context")).put("attempt", "third");
        JsonNode rejected = bulk(List.of(malformed)).path("items").get(0).path(fluentBit.operation());
        assertEquals(400, rejected.path("status").asInt(), rejected.toString());
        assertEquals("mapper_parsing_exception", rejected.path("error").path("type").asText(), rejected.toString());
        assertTrue(rejected.path("error").path("reason").asText().contains("context.attempt"), rejected.toString());
        assertEquals(0, search(term("trace_id", malformed.path("trace_id"))).size(), "a rejected event is not stored");

        ObjectNode numericString = malformed.deepCopy();
        numericString.put("trace_id", "0000000000000000000000000000bad2");
        ((ObjectNode) numericString.path("context")).put("attempt", "2");
        JsonNode coerced = bulk(List.of(numericString)).path("items").get(0).path(fluentBit.operation());
        assertEquals(201, coerced.path("status").asInt(), coerced.toString());
        JsonNode hits = search(JSON.createObjectNode().set("bool", JSON.createObjectNode().set("filter",
                JSON.createArrayNode().add(term("trace_id", numericString.path("trace_id")))
                        .add(term("context.attempt", JSON.getNodeFactory().numberNode(2))))));
        assertEquals(1, hits.size(), "the numeric string is indexed as the integer 2: " + hits);
        assertEquals("2", hits.get(0).path("_source").path("context").path("attempt").asText(),
                "the source keeps what was sent");
    }

    /**
     * Elasticsearch installs a {@code logs} template for {@code logs-*-*} (priority 100) whose mappings would take
     * over an index named like it; OpenSearch has none, so a stand-in with the same pattern and priority was put
     * next to ours before the data stream existed (a simulation for the name of an existing data stream fails), and
     * the simulation shows the data stream's name resolves to our template and overlaps nothing, while a
     * {@code logs-*-*} name resolves to the stand-in.
     */
    @Test
    void theDataStreamNameStaysClearOfTheBuiltInLogsPattern() {
        assertEquals(404, builtInLogsTemplate, "OpenSearch has no built-in logs template");
        JsonNode ours = simulations.get(store.index());
        assertEquals(template.path("template").path("mappings").path("properties"),
                ours.path("template").path("mappings").path("properties"), ours.toString());
        assertEquals(0, ours.path("overlapping").size(), "no other template matches " + store.index() + ": " + ours);
        JsonNode logs = simulations.get(LOGS_NAME);
        assertEquals("true", logs.path("template").path("mappings").path("dynamic").asText(), logs.toString());
    }

    /** The simulated index of each name, with a stand-in for Elasticsearch's {@code logs-*-*} template in place. */
    private static Map<String, JsonNode> simulateNextToTheLogsPattern(String... names) {
        ObjectNode standIn = JSON.createObjectNode();
        standIn.putArray("index_patterns").add("logs-*-*");
        standIn.put("priority", 100);
        standIn.putObject("data_stream");
        standIn.putObject("template").putObject("mappings").put("dynamic", true);
        ContainerHttp.send("PUT", api("/_index_template/logs"), "application/json", standIn.toString());
        try {
            Map<String, JsonNode> simulations = new TreeMap<>();
            for (String name : names) {
                simulations.put(name, ContainerHttp.send("POST", api("/_index_template/_simulate_index/" + name), null, null));
            }
            return simulations;
        } finally {
            ContainerHttp.send("DELETE", api("/_index_template/logs"), null, null);
        }
    }

    private static JsonNode bulk(List<ObjectNode> lines) {
        JsonNode response = ContainerHttp.send("POST", api("/_bulk"), "application/x-ndjson", fluentBit.body(lines));
        ContainerHttp.send("POST", api("/" + store.index() + "/_refresh"), null, null);
        return response;
    }

    private static JsonNode search(JsonNode query) {
        ObjectNode body = JSON.createObjectNode();
        body.set("query", query);
        return ContainerHttp.send("POST", api("/" + store.index() + "/_search"), "application/json", body.toString())
                .path("hits").path("hits");
    }

    private static JsonNode term(String field, JsonNode value) {
        return JSON.createObjectNode().set("term", JSON.createObjectNode().set(field, value));
    }

    /** Each mapped field of the data stream and its type, metadata fields and object fields left out. */
    private static Map<String, String> fieldTypes() {
        JsonNode fields = ContainerHttp.send("GET", api("/" + store.index() + "/_field_caps?fields=*"), null, null)
                .path("fields");
        Map<String, String> types = new TreeMap<>();
        fields.fields().forEachRemaining(field -> {
            Iterator<String> byType = field.getValue().fieldNames();
            String type = byType.next();
            assertFalse(byType.hasNext(), field.getKey() + " has more than one type: " + field.getValue());
            if (!field.getKey().startsWith("_") && !type.equals("object")) {
                types.put(field.getKey(), type);
            }
        });
        return types;
    }

    /** Each leaf field the template declares, with a text field's sub-fields, by dotted path. */
    private static Map<String, String> declaredTypes() {
        Map<String, String> types = new TreeMap<>();
        declare(template.path("template").path("mappings").path("properties"), "", types);
        return types;
    }

    private static void declare(JsonNode properties, String prefix, Map<String, String> types) {
        properties.fields().forEachRemaining(field -> {
            String path = prefix + field.getKey();
            JsonNode mapping = field.getValue();
            if (mapping.has("properties")) {
                declare(mapping.path("properties"), path + ".", types);
            } else {
                types.put(path, mapping.path("type").asText());
                declare(mapping.path("fields"), path + ".", types);
            }
        });
    }

    private static Map<String, JsonNode> leaves(JsonNode document) {
        Map<String, JsonNode> leaves = new TreeMap<>();
        collect(document, "", leaves);
        return leaves;
    }

    private static void collect(JsonNode node, String prefix, Map<String, JsonNode> leaves) {
        node.fields().forEachRemaining(field -> {
            if (field.getValue().isObject()) {
                collect(field.getValue(), prefix + field.getKey() + ".", leaves);
            } else {
                leaves.put(prefix + field.getKey(), field.getValue());
            }
        });
    }

    private static String api(String path) {
        return node.url() + path;
    }
}
