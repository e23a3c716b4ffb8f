package dev.obsgen.it.collection;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.obsgen.model.log.FieldType;
import dev.obsgen.model.log.LogEvent;
import dev.obsgen.model.log.LogField;
import dev.obsgen.model.log.LogRecordSchema;
import dev.obsgen.model.log.Logs;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The log line a service writes for each log event of the model, one JSON object: the record's top-level fields
 * (time, level, logger, message, trace and span), and the event's own fields with a value of the type the event
 * declares. Values are fixed per event, so a test run sends the same lines every time; the trace and span ids are
 * derived from the event's name, so each event is found by its trace id alone.
 */
final class LogEventLines {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter RECORD_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

    private LogEventLines() {
    }

    /** One line per event, in the model's order, keyed by the event's name. */
    static Map<String, ObjectNode> of(Logs logs) {
        Map<String, ObjectNode> lines = new LinkedHashMap<>();
        List<LogEvent> events = logs.events();
        for (int i = 0; i < events.size(); i++) {
            lines.put(events.get(i).name(), line(logs.record(), events.get(i), i));
        }
        return lines;
    }

    static ObjectNode line(LogRecordSchema record, LogEvent event, int position) {
        List<LogField> fields = new ArrayList<>();
        record.fields().stream().filter(f -> !f.path().contains(".")).forEach(fields::add);
        fields.addAll(event.fields());
        ObjectNode line = JSON.createObjectNode();
        for (LogField field : fields) {
            ObjectNode parent = line;
            String[] parts = field.path().split("\\.");
            for (int i = 0; i < parts.length - 1; i++) {
                parent = parent.has(parts[i]) ? (ObjectNode) parent.get(parts[i]) : parent.putObject(parts[i]);
            }
            put(parent, parts[parts.length - 1], value(record, event, field, position));
        }
        return line;
    }

    /** A trace id, 32 hexadecimal digits as W3C trace context writes them, unique to the event. */
    static String traceId(LogEvent event) {
        return digest(event.name()).substring(0, 32);
    }

    private static Object value(LogRecordSchema record, LogEvent event, LogField field, int position) {
        return switch (field.path()) {
            case "level" -> event.level().name();
            case "message" -> event.message();
            case "logger" -> "metaflow.metadata_service";
            case "trace_id" -> traceId(event);
            case "span_id" -> digest("span " + event.name()).substring(0, 16);
            default -> field.path().equals(record.timestampField())
                    ? RECORD_TIME.format(Instant.parse(record.timestampExample()).plusSeconds(position).atOffset(ZoneOffset.UTC))
                    : sample(field, position);
        };
    }

    // Numbers that a float holds exactly, so a term query for the sent value finds the document; the long is past
    // the largest int, so an int mapping would not hold it.
    private static Object sample(LogField field, int position) {
        String leaf = field.path().substring(field.path().lastIndexOf('.') + 1);
        return switch (field.type()) {
            case KEYWORD -> leaf + "-" + position;
            case TEXT -> "the " + leaf.replace('_', ' ') + " of event " + position + ": KeyError 'alpha'";
            case INTEGER -> position + 1;
            case LONG -> 5_000_000_000L + position;
            case FLOAT -> 120.5 + position;
            case DOUBLE -> 0.875 * (position + 1);
            case BOOLEAN -> position % 2 == 0;
            case DATE -> RECORD_TIME.format(Instant.EPOCH.plusSeconds(position).atOffset(ZoneOffset.UTC));
        };
    }

    private static void put(ObjectNode parent, String name, Object value) {
        if (value instanceof Integer i) {
            parent.put(name, i);
        } else if (value instanceof Long l) {
            parent.put(name, l);
        } else if (value instanceof Double d) {
            parent.put(name, d);
        } else if (value instanceof Boolean b) {
            parent.put(name, b);
        } else {
            parent.put(name, value.toString());
        }
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
