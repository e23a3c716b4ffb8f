package dev.obsgen.core.check.promql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.obsgen.core.SampleModel;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.catalog.CatalogFileRenderer;
import dev.obsgen.model.metric.MetricType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An {@code obsgen-catalog.json} reads back into the catalog the model's checks use; anything else that claims to be
 * one is refused with one line naming the file and the JSON path (or line and column) at fault.
 */
class CatalogFileTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The sample model's catalog, as generation writes it. */
    private static String sample() {
        return new CatalogFileRenderer().render(SampleModel.model(), RenderSettings.of("SampleModel")).get(0).text();
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("obsgen-catalog.json"), text);
    }

    private Path edited(Consumer<ObjectNode> edit) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(sample());
        edit.accept(root);
        return write(JSON.writeValueAsString(root));
    }

    private static ObjectNode at(ObjectNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of("a second generator", (Consumer<ObjectNode>) root -> root.put("generatedBy", "mixin"),
                        "$.generatedBy: 'mixin' is not 'obsgen'"),
                Arguments.of("a newer format", (Consumer<ObjectNode>) root -> root.put("format", 2),
                        "$.format: 2 is not a format this obsgen reads (it reads 1); generate the catalog again with this version"),
                Arguments.of("no metrics", (Consumer<ObjectNode>) root -> root.remove("metrics"),
                        "$.metrics: missing"),
                Arguments.of("metrics as an object", (Consumer<ObjectNode>) root -> root.putObject("metrics"),
                        "$.metrics: expected an array, found an object"),
                Arguments.of("a metric that is a string", (Consumer<ObjectNode>) root ->
                        ((ArrayNode) root.get("metrics")).set(2, JSON.getNodeFactory().textNode("http_requests_total")),
                        "$.metrics[2]: expected an object, found the string \"http_requests_total\""),
                Arguments.of("an unknown type", (Consumer<ObjectNode>) root -> at(root, "/metrics/2").put("type", "countr"),
                        "$.metrics[2].type: 'countr' is not one of counter, gauge, histogram, summary"),
                Arguments.of("an interval that is no duration", (Consumer<ObjectNode>) root ->
                        at(root, "/metrics/0").put("scrapeInterval", "15 s"),
                        "$.metrics[0].scrapeInterval: '15 s' is not a Prometheus duration"),
                Arguments.of("a bucket of a counter", (Consumer<ObjectNode>) root ->
                        at(root, "/metrics/2/series/0").put("role", "bucket"),
                        "$.metrics[2].series[0].role: 'bucket' is not a series of a counter, whose series are value"),
                Arguments.of("a label that is a number", (Consumer<ObjectNode>) root ->
                        ((ArrayNode) root.at("/metrics/3/series/0/labels")).add(3),
                        "$.metrics[3].series[0].labels[3]: expected a string, found number 3"),
                Arguments.of("a metric's series without labels", (Consumer<ObjectNode>) root ->
                        at(root, "/metrics/3/series/0").putNull("labels"),
                        "$.metrics[3].series[0].labels: a metric's series has known labels, found null"),
                Arguments.of("values of an undeclared label", (Consumer<ObjectNode>) root ->
                        at(root, "/metrics/2/labelValues").putArray("method").add("GET"),
                        "$.metrics[2].labelValues.method: label 'method' is not among the metric's labels [code, path]"),
                Arguments.of("an empty closed set", (Consumer<ObjectNode>) root ->
                        at(root, "/metrics/2/labelValues").putArray("code"),
                        "$.metrics[2].labelValues.code: expected a non-empty array of values, found an array"),
                Arguments.of("a recorded series without a name", (Consumer<ObjectNode>) root ->
                        at(root, "/recordedSeries/0").remove("name"),
                        "$.recordedSeries[0].name: missing"),
                Arguments.of("a series listed twice", (Consumer<ObjectNode>) root ->
                        at(root, "/recordedSeries/0").put("name", "queue_depth"),
                        "$.recordedSeries[0].name: series 'queue_depth' is listed more than once"),
                Arguments.of("a series Prometheus writes for nobody", (Consumer<ObjectNode>) root ->
                        at(root, "/prometheusSeries/0").put("writtenFor", "rules"),
                        "$.prometheusSeries[0].writtenFor: 'rules' is not one of targets, alerts"),
                Arguments.of("a route to an undeclared receiver", (Consumer<ObjectNode>) root ->
                        at(root, "/routing/routes/1").put("receiver", "ops"),
                        "$.routing.routes[1].receiver: receiver 'ops' is not one of $.routing.receivers [nobody, pager, team]"),
                Arguments.of("a route without a severity", (Consumer<ObjectNode>) root ->
                        at(root, "/routing/routes/0").remove("severity"),
                        "$.routing.routes[0].severity: missing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void refusesWithTheFileAndTheJsonPath(String name, Consumer<ObjectNode> edit, String message) throws IOException {
        Path file = edited(edit);
        IOException e = assertThrows(IOException.class, () -> CatalogFile.read(file));
        assertEquals(file + ": " + message, e.getMessage());
    }

    static Stream<Arguments> unparsable() {
        return Stream.of(
                Arguments.of("a stray comma", "{\"generatedBy\": \"obsgen\", \"metrics\": [{\"name\": \"x\",, }]}",
                        "not valid JSON at line 1, column 52 ($.metrics[0].name): Unexpected character (','"),
                Arguments.of("a cut-off file", "{\"generatedBy\": \"obsgen\",\n \"metrics\": [\n  {\"name\": \"x\"",
                        "not valid JSON at line 3, column 15 ($.metrics[0].name): Unexpected end-of-input: expected close marker for Object"),
                Arguments.of("a key given twice", "{\"generatedBy\": \"obsgen\", \"format\": 1, \"format\": 1}",
                        "not valid JSON at line 1, column 48 ($.format): Duplicate field 'format'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unparsable")
    void refusesJsonThatDoesNotParseWithItsPosition(String name, String text, String message) throws IOException {
        Path file = write(text);
        IOException e = assertThrows(IOException.class, () -> CatalogFile.readIfCatalog(file));
        assertTrue(e.getMessage().startsWith(file + ": " + message), e.getMessage());
        assertFalse(e.getMessage().contains("[Source:"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void readsBackWhatTheModelsChecksKnow() throws IOException {
        CatalogFile read = CatalogFile.read(write(sample()));
        ModelCatalog model = ModelCatalog.of(SampleModel.model());
        assertTrue(read.complete());
        assertEquals(Set.copyOf(model.names()), Set.copyOf(read.names()));
        for (String name : model.names()) {
            assertEquals(model.lookup(name), read.lookup(name), name);
        }
        assertEquals(new CatalogEntry("http_request_duration_seconds_bucket", "http_request_duration_seconds",
                MetricType.HISTOGRAM, SeriesRole.BUCKET, Set.of("instance", "job", "le", "path"), Map.of(), 15_000L,
                false), read.lookup("http_request_duration_seconds_bucket").orElseThrow());
        assertEquals(Map.of("code", List.of("200", "500")),
                read.lookup("http_requests_total").orElseThrow().allowedValues());
        assertEquals(List.of("critical", "warning", "info"), read.routedSeverities().orElseThrow());
        assertEquals(List.of("nobody", "pager", "team"), read.receivers());
        assertFalse(read.lookup("up").orElseThrow().recorded());
        assertTrue(read.lookup("ALERTS").orElseThrow().recorded());
        assertTrue(read.lookup("http_request_total").isEmpty());
        assertEquals(Optional.of("http_requests_total"), read.closest("http_request_total"));
    }

    @Test
    void aFileThatIsNotThereOrNotTextIsOneLineNamingIt() throws IOException {
        Path missing = dir.resolve("missing.json");
        assertEquals(missing + ": no such file",
                assertThrows(IOException.class, () -> CatalogFile.readIfCatalog(missing)).getMessage());
        Path binary = Files.write(dir.resolve("binary.json"), new byte[] {'{', (byte) 0xff, (byte) 0xfe, '}'});
        assertEquals(binary + ": not UTF-8 text",
                assertThrows(IOException.class, () -> CatalogFile.readIfCatalog(binary)).getMessage());
    }

    @Test
    void withoutRoutingNoSeverityIsRouted() throws IOException {
        CatalogFile read = CatalogFile.read(edited(root -> root.putNull("routing")));
        assertEquals(Optional.empty(), read.routedSeverities());
    }

    static Stream<Arguments> otherCatalogs() {
        return Stream.of(
                Arguments.of("a metadata response",
                        "{\"status\":\"success\",\"data\":{\"up\":[{\"type\":\"gauge\",\"help\":\"\",\"unit\":\"\"}]}}"),
                Arguments.of("an exposition", "# TYPE http_requests_total counter\nhttp_requests_total 3\n"),
                Arguments.of("a JSON array", "[]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherCatalogs")
    void anotherCatalogIsNotAnObsgenCatalog(String name, String text) throws IOException {
        assertEquals(Optional.empty(), CatalogFile.readIfCatalog(write(text)));
    }

    @Test
    void theFileSaysItIsGeneratedAndIsTheSameEveryTime() throws IOException {
        JsonNode root = JSON.readTree(sample());
        assertEquals("obsgen", root.get("generatedBy").textValue());
        assertEquals(1, root.get("format").intValue());
        assertEquals("Generated by obsgen from SampleModel; do not edit.", root.get("notice").textValue());
        assertEquals(sample(), sample());
    }
}
