package dev.obsgen.core.check.promql;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.obsgen.core.check.PromDuration;
import dev.obsgen.model.metric.MetricType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns the JSON of an {@code obsgen-catalog.json} into a {@link CatalogFile}, refusing anything the renderer does
 * not write: each refusal is one line naming the file and the JSON path of the value at fault.
 */
final class CatalogFileReader {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final String file;
    private final Map<String, CatalogEntry> entries = new TreeMap<>();

    private CatalogFileReader(String file) {
        this.file = file;
    }

    static Optional<CatalogFile> readIfCatalog(String file, String text) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not valid JSON" + where(e) + ": " + firstLine(e.getOriginalMessage()));
        }
        if (root == null || !root.isObject() || !root.has(CatalogFile.GENERATED_BY)) {
            return Optional.empty();
        }
        return Optional.of(new CatalogFileReader(file).catalog(root));
    }

    private CatalogFile catalog(JsonNode root) throws IOException {
        String generator = text(root, "$", CatalogFile.GENERATED_BY);
        if (!generator.equals(CatalogFile.GENERATOR)) {
            throw error("$." + CatalogFile.GENERATED_BY, "'" + generator + "' is not '" + CatalogFile.GENERATOR + "'");
        }
        JsonNode format = field(root, "$", CatalogFile.FORMAT);
        if (!format.isInt() || format.intValue() != CatalogFile.FORMAT_VERSION) {
            throw error("$." + CatalogFile.FORMAT, format + " is not a format this obsgen reads (it reads "
                    + CatalogFile.FORMAT_VERSION + "); generate the catalog again with this version");
        }
        JsonNode metrics = array(root, "$", CatalogFile.METRICS);
        for (int i = 0; i < metrics.size(); i++) {
            metric(metrics.get(i), "$." + CatalogFile.METRICS + "[" + i + "]");
        }
        JsonNode recorded = array(root, "$", CatalogFile.RECORDED);
        for (int i = 0; i < recorded.size(); i++) {
            String path = "$." + CatalogFile.RECORDED + "[" + i + "]";
            JsonNode series = object(recorded.get(i), path);
            add(path, new CatalogEntry(name(series, path), name(series, path), MetricType.GAUGE, SeriesRole.VALUE,
                    labels(series, path), Map.of(), null, true));
        }
        JsonNode prometheus = array(root, "$", CatalogFile.PROMETHEUS);
        for (int i = 0; i < prometheus.size(); i++) {
            String path = "$." + CatalogFile.PROMETHEUS + "[" + i + "]";
            JsonNode series = object(prometheus.get(i), path);
            String writtenFor = text(series, path, CatalogFile.WRITTEN_FOR);
            if (!writtenFor.equals(CatalogFile.FOR_TARGETS) && !writtenFor.equals(CatalogFile.FOR_ALERTS)) {
                throw error(path + "." + CatalogFile.WRITTEN_FOR, "'" + writtenFor + "' is not one of "
                        + CatalogFile.FOR_TARGETS + ", " + CatalogFile.FOR_ALERTS);
            }
            // ALERTS and ALERTS_FOR_STATE are written by rule evaluation, as recorded series are.
            add(path, new CatalogEntry(name(series, path), name(series, path), MetricType.GAUGE, SeriesRole.VALUE,
                    labels(series, path), Map.of(), null, writtenFor.equals(CatalogFile.FOR_ALERTS)));
        }
        JsonNode routing = field(root, "$", CatalogFile.ROUTING);
        if (routing.isNull()) {
            return new CatalogFile(entries, null, List.of());
        }
        object(routing, "$." + CatalogFile.ROUTING);
        String path = "$." + CatalogFile.ROUTING;
        List<String> receivers = strings(array(routing, path, CatalogFile.RECEIVERS), path + "." + CatalogFile.RECEIVERS);
        JsonNode routes = array(routing, path, CatalogFile.ROUTES);
        Set<String> severities = new LinkedHashSet<>();
        for (int i = 0; i < routes.size(); i++) {
            String routePath = path + "." + CatalogFile.ROUTES + "[" + i + "]";
            JsonNode route = object(routes.get(i), routePath);
            severities.add(text(route, routePath, CatalogFile.SEVERITY));
            String receiver = text(route, routePath, CatalogFile.RECEIVER);
            if (!receivers.contains(receiver)) {
                throw error(routePath + "." + CatalogFile.RECEIVER, "receiver '" + receiver + "' is not one of "
                        + path + "." + CatalogFile.RECEIVERS + " " + receivers);
            }
        }
        return new CatalogFile(entries, List.copyOf(severities), receivers);
    }

    private void metric(JsonNode node, String path) throws IOException {
        object(node, path);
        String metric = name(node, path);
        String typeName = text(node, path, CatalogFile.TYPE);
        MetricType type = Arrays.stream(MetricType.values()).filter(t -> t.exposition().equals(typeName)).findFirst()
                .orElseThrow(() -> error(path + "." + CatalogFile.TYPE, "'" + typeName + "' is not one of "
                        + Arrays.stream(MetricType.values()).map(MetricType::exposition).collect(Collectors.joining(", "))));
        JsonNode intervalNode = field(node, path, CatalogFile.SCRAPE_INTERVAL);
        Long interval = null;
        if (!intervalNode.isNull()) {
            String text = text(node, path, CatalogFile.SCRAPE_INTERVAL);
            if (!PromDuration.isValid(text) || PromDuration.millis(text) <= 0) {
                throw error(path + "." + CatalogFile.SCRAPE_INTERVAL, "'" + text + "' is not a Prometheus duration");
            }
            interval = PromDuration.millis(text);
        }
        List<String> declared = strings(array(node, path, CatalogFile.LABELS), path + "." + CatalogFile.LABELS);
        JsonNode valuesNode = object(field(node, path, CatalogFile.LABEL_VALUES), path + "." + CatalogFile.LABEL_VALUES);
        Map<String, List<String>> allowed = new HashMap<>();
        for (var it = valuesNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> values = it.next();
            String valuesPath = path + "." + CatalogFile.LABEL_VALUES + "." + values.getKey();
            if (!declared.contains(values.getKey())) {
                throw error(valuesPath, "label '" + values.getKey() + "' is not among the metric's labels " + declared);
            }
            if (!values.getValue().isArray() || values.getValue().isEmpty()) {
                throw error(valuesPath, "expected a non-empty array of values, found " + kind(values.getValue()));
            }
            allowed.put(values.getKey(), strings(values.getValue(), valuesPath));
        }
        JsonNode series = array(node, path, CatalogFile.SERIES);
        if (series.isEmpty()) {
            throw error(path + "." + CatalogFile.SERIES, "metric '" + metric + "' lists no series");
        }
        Set<SeriesRole> roles = roles(type);
        for (int i = 0; i < series.size(); i++) {
            String seriesPath = path + "." + CatalogFile.SERIES + "[" + i + "]";
            JsonNode one = object(series.get(i), seriesPath);
            String roleName = text(one, seriesPath, CatalogFile.ROLE);
            SeriesRole role = roles.stream().filter(r -> r.name().toLowerCase(Locale.ROOT).equals(roleName)).findFirst()
                    .orElseThrow(() -> error(seriesPath + "." + CatalogFile.ROLE, "'" + roleName + "' is not a series of a "
                            + type.exposition() + ", whose series are " + roles.stream()
                                    .map(r -> r.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))));
            Set<String> labels = labels(one, seriesPath);
            if (labels == null) {
                throw error(seriesPath + "." + CatalogFile.LABELS, "a metric's series has known labels, found null");
            }
            add(seriesPath, new CatalogEntry(name(one, seriesPath), metric, type, role, labels, allowed, interval, false));
        }
    }

    private static Set<SeriesRole> roles(MetricType type) {
        return switch (type) {
            case HISTOGRAM -> EnumSet.of(SeriesRole.BUCKET, SeriesRole.SUM, SeriesRole.COUNT);
            case SUMMARY -> EnumSet.of(SeriesRole.QUANTILE, SeriesRole.SUM, SeriesRole.COUNT);
            default -> EnumSet.of(SeriesRole.VALUE);
        };
    }

    private void add(String path, CatalogEntry entry) throws IOException {
        if (entries.putIfAbsent(entry.series(), entry) != null) {
            throw error(path + "." + CatalogFile.NAME, "series '" + entry.series() + "' is listed more than once");
        }
    }

    private String name(JsonNode node, String path) throws IOException {
        String name = text(node, path, CatalogFile.NAME);
        if (name.isEmpty()) {
            throw error(path + "." + CatalogFile.NAME, "is empty");
        }
        return name;
    }

    /** The labels of a series; null when the file says they are not known. */
    private Set<String> labels(JsonNode node, String path) throws IOException {
        JsonNode labels = field(node, path, CatalogFile.LABELS);
        if (labels.isNull()) {
            return null;
        }
        if (!labels.isArray()) {
            throw error(path + "." + CatalogFile.LABELS, "expected an array of label names or null, found " + kind(labels));
        }
        return new LinkedHashSet<>(strings(labels, path + "." + CatalogFile.LABELS));
    }

    private List<String> strings(JsonNode array, String path) throws IOException {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode value = array.get(i);
            if (!value.isTextual()) {
                throw error(path + "[" + i + "]", "expected a string, found " + kind(value));
            }
            values.add(value.textValue());
        }
        return values;
    }

    private JsonNode field(JsonNode node, String path, String name) throws IOException {
        JsonNode value = node.get(name);
        if (value == null) {
            throw error(path + "." + name, "missing");
        }
        return value;
    }

    private String text(JsonNode node, String path, String name) throws IOException {
        JsonNode value = field(node, path, name);
        if (!value.isTextual()) {
            throw error(path + "." + name, "expected a string, found " + kind(value));
        }
        return value.textValue();
    }

    private JsonNode array(JsonNode node, String path, String name) throws IOException {
        JsonNode value = field(node, path, name);
        if (!value.isArray()) {
            throw error(path + "." + name, "expected an array, found " + kind(value));
        }
        return value;
    }

    private JsonNode object(JsonNode node, String path) throws IOException {
        if (!node.isObject()) {
            throw error(path, "expected an object, found " + kind(node));
        }
        return node;
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "the string " + node;
            case NULL, MISSING -> "null";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT) + " " + node;
        };
    }

    private IOException error(String path, String message) {
        return new IOException(file + ": " + path + ": " + message);
    }

    // Where the parser stopped: its line and column, and the JSON path of the value it was reading.
    private static String where(JsonProcessingException e) {
        String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return at;
        }
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
             context = context.getParent()) {
            if (context.inArray()) {
                parts.add(0, "[" + Math.max(0, context.getCurrentIndex()) + "]");
            } else if (context.getCurrentName() != null) {
                parts.add(0, "." + context.getCurrentName());
            }
        }
        return at + " ($" + String.join("", parts) + ")";
    }

    // The parser's own words, without the second position it may add (where the unclosed object began).
    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int end = text.indexOf('\n');
        text = end < 0 ? text : text.substring(0, end);
        int marker = text.indexOf(" (start marker at");
        return marker < 0 ? text : text.substring(0, marker);
    }
}
