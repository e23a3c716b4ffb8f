package dev.obsgen.it.collection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Fluent Bit sends to a search store for log lines, as the generated {@code fluent-bit.yaml} sets it up: the
 * JSON parser reads the line and takes its time from the time key (keeping the key when {@code time_keep} is on), the
 * {@code modify} filter adds its fields, and the {@code es} output writes one bulk action line and one document per
 * record: the action is the configured write operation on the configured index, with no {@code _type} when
 * {@code suppress_type_name} is on, and the document starts with {@code @timestamp}, the record's time in the
 * output's default time key format ({@code %Y-%m-%dT%H:%M:%S} and milliseconds, UTC).
 *
 * <p>Every setting is read from the generated file, and a setting this class does not reproduce (a time key or
 * format of the output, a parser format other than JSON) fails instead of being sent differently.
 */
final class FluentBitBulkRequest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter OUTPUT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
    private static final Map<String, String> STRPTIME = Map.of(
            "%Y", "yyyy", "%m", "MM", "%d", "dd", "%H", "HH", "%M", "mm", "%S", "ss", "%L", "SSS");

    private final String index;
    private final String operation;
    private final boolean suppressTypeName;
    private final String timeKey;
    private final DateTimeFormatter timeFormat;
    private final boolean timeKeep;
    private final Map<String, String> additions;

    private FluentBitBulkRequest(String index, String operation, boolean suppressTypeName, String timeKey,
            DateTimeFormatter timeFormat, boolean timeKeep, Map<String, String> additions) {
        this.index = index;
        this.operation = operation;
        this.suppressTypeName = suppressTypeName;
        this.timeKey = timeKey;
        this.timeFormat = timeFormat;
        this.timeKeep = timeKeep;
        this.additions = additions;
    }

    /** The pipeline of a generated {@code fluent-bit.yaml} with one {@code es} output and one JSON parser. */
    static FluentBitBulkRequest of(Path fluentBitYaml) {
        JsonNode config;
        try {
            config = new YAMLMapper().readTree(fluentBitYaml.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fluentBitYaml, e);
        }
        JsonNode output = only(config.path("pipeline").path("outputs"), "es", fluentBitYaml);
        for (String unreproduced : List.of("time_key", "time_key_format", "time_key_nanos", "logstash_format",
                "include_tag_key", "generate_id", "replace_dots")) {
            if (output.has(unreproduced)) {
                throw new IllegalStateException(fluentBitYaml + ": the es output sets " + unreproduced
                        + ", which this request does not reproduce");
            }
        }
        JsonNode parser = config.path("parsers").get(0);
        if (!parser.path("format").asText().equals("json")) {
            throw new IllegalStateException(fluentBitYaml + ": the parser is not JSON: " + parser);
        }
        Map<String, String> additions = new LinkedHashMap<>();
        for (JsonNode filter : config.path("pipeline").path("filters")) {
            if (filter.path("name").asText().equals("modify")) {
                for (JsonNode add : filter.path("add")) {
                    String[] pair = add.asText().split(" ", 2);
                    additions.put(pair[0], pair[1]);
                }
            }
        }
        return new FluentBitBulkRequest(output.path("index").asText(),
                output.path("write_operation").asText("create"),
                on(output.path("suppress_type_name")),
                parser.path("time_key").asText(),
                DateTimeFormatter.ofPattern(javaPattern(parser.path("time_format").asText())),
                on(parser.path("time_keep")),
                additions);
    }

    String index() {
        return index;
    }

    String operation() {
        return operation;
    }

    /** The document the output sends for one log line. */
    ObjectNode document(ObjectNode line) {
        ObjectNode record = line.deepCopy();
        Instant time = LocalDateTime.parse(record.path(timeKey).asText(), timeFormat).toInstant(ZoneOffset.UTC);
        if (!timeKeep) {
            record.remove(timeKey);
        }
        additions.forEach(record::put);
        ObjectNode document = JSON.createObjectNode();
        document.put("@timestamp", OUTPUT_TIME.format(time.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC)));
        document.setAll(record);
        return document;
    }

    /** The body of {@code POST /_bulk} for the lines, newline-delimited JSON ending in a newline. */
    String body(List<ObjectNode> lines) {
        ObjectNode target = JSON.createObjectNode().put("_index", index);
        if (!suppressTypeName) {
            target.put("_type", "_doc");
        }
        String action = JSON.createObjectNode().set(operation, target).toString();
        StringBuilder body = new StringBuilder();
        for (ObjectNode line : lines) {
            body.append(action).append('\n').append(document(line)).append('\n');
        }
        return body.toString();
    }

    private static JsonNode only(JsonNode outputs, String name, Path file) {
        List<JsonNode> matching = new ArrayList<>();
        outputs.forEach(o -> {
            if (o.path("name").asText().equals(name)) {
                matching.add(o);
            }
        });
        if (matching.size() != 1) {
            throw new IllegalStateException(file + " has " + matching.size() + " " + name + " outputs, not one");
        }
        return matching.get(0);
    }

    private static boolean on(JsonNode value) {
        return value.asText().equalsIgnoreCase("on") || value.asText().equalsIgnoreCase("true");
    }

    private static String javaPattern(String strptime) {
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < strptime.length(); i++) {
            char c = strptime.charAt(i);
            if (c == '%') {
                String token = strptime.substring(i, i + 2);
                String java = STRPTIME.get(token);
                if (java == null) {
                    throw new IllegalStateException("time format " + strptime + ": " + token + " is not reproduced");
                }
                pattern.append(java);
                i++;
            } else if (Character.isLetter(c)) {
                pattern.append('\'').append(c).append('\'');
            } else {
                pattern.append(c);
            }
        }
        return pattern.toString();
    }
}
