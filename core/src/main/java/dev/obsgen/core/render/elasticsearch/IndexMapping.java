package dev.obsgen.core.render.elasticsearch;

import dev.obsgen.model.Observability;
import dev.obsgen.model.collection.FluentBitAgent;
import dev.obsgen.model.collection.SearchStore;
import dev.obsgen.model.collection.Signal;
import dev.obsgen.model.log.FieldType;
import dev.obsgen.model.log.LogField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The fields a document in a search store has, and their mapping: the log record's fields, {@code @timestamp}
 * (which Fluent Bit's output adds), and the fields the Fluent Bit agents feeding the store add. Dotted paths
 * become nested objects; a path that is both a value and an object, or one path with two types, is a conflict.
 */
public final class IndexMapping {
    public static final String TIMESTAMP = "@timestamp";

    private final Map<String, FieldType> leaves;
    private final List<String> conflicts;

    private IndexMapping(Map<String, FieldType> leaves, List<String> conflicts) {
        this.leaves = leaves;
        this.conflicts = List.copyOf(conflicts);
    }

    public static IndexMapping of(Observability model, SearchStore store) {
        List<LogField> fields = new ArrayList<>();
        fields.add(LogField.of(TIMESTAMP, FieldType.DATE));
        if (model.logs() != null) {
            fields.addAll(model.logs().record().fields());
        }
        if (model.collection() != null) {
            for (FluentBitAgent agent : model.collection().agents(FluentBitAgent.class)) {
                boolean feeds = model.collection().storesFed(agent.name(), Signal.LOGS, SearchStore.class).stream()
                        .anyMatch(s -> s.name().equals(store.name()));
                if (feeds) {
                    fields.add(LogField.of("environment", FieldType.KEYWORD));
                    fields.add(LogField.of("service", FieldType.KEYWORD));
                }
            }
        }
        Map<String, FieldType> leaves = new TreeMap<>();
        List<String> conflicts = new ArrayList<>();
        for (LogField field : fields) {
            FieldType previous = leaves.putIfAbsent(field.path(), field.type());
            if (previous != null && previous != field.type()) {
                conflicts.add("field '" + field.path() + "' is both " + previous.mapping() + " and " + field.type().mapping());
            }
        }
        for (String path : leaves.keySet()) {
            leaves.keySet().stream().filter(other -> other.startsWith(path + ".")).findFirst().ifPresent(other ->
                    conflicts.add("field '" + path + "' is a value, but '" + other + "' makes it an object"));
        }
        return new IndexMapping(leaves, conflicts);
    }

    public List<String> conflicts() {
        return conflicts;
    }

    /** The type a document field is mapped to, if it is mapped. */
    public Optional<FieldType> type(String path) {
        return Optional.ofNullable(leaves.get(path));
    }

    /** The {@code properties} of the mappings, objects nested by the dotted paths. */
    public Map<String, Object> properties() {
        Map<String, Object> root = new TreeMap<>();
        for (Map.Entry<String, FieldType> leaf : leaves.entrySet()) {
            Map<String, Object> properties = root;
            String[] parts = leaf.getKey().equals(TIMESTAMP) ? new String[] {TIMESTAMP} : leaf.getKey().split("\\.");
            for (int i = 0; i < parts.length - 1; i++) {
                properties = objectProperties(properties, parts[i]);
            }
            properties.put(parts[parts.length - 1], mapping(leaf.getValue()));
        }
        return root;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> objectProperties(Map<String, Object> properties, String name) {
        Object existing = properties.get(name);
        if (existing instanceof Map<?, ?> object && object.get("properties") instanceof Map<?, ?> nested) {
            return (Map<String, Object>) nested;
        }
        Map<String, Object> nested = new TreeMap<>();
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("properties", nested);
        properties.put(name, object);
        return nested;
    }

    private static Map<String, Object> mapping(FieldType type) {
        Map<String, Object> mapping = new LinkedHashMap<>();
        mapping.put("type", type.mapping());
        if (type == FieldType.TEXT) {
            mapping.put("fields", Map.of("keyword", Map.of("type", "keyword", "ignore_above", 256)));
        }
        return mapping;
    }
}
