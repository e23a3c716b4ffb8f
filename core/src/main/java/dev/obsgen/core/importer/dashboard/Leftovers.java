package dev.obsgen.core.importer.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The fields of an input element the typed mapping did not take, sorted out against what the renderer writes for
 * the same kind of element (its skeleton): a field the renderer does not write becomes a raw field at its path; a
 * field it writes with another value cannot be kept and becomes a note; an equal one needs nothing.
 */
final class Leftovers {
    private final Map<String, Object> raw = new TreeMap<>();
    private final Map<String, String> lost = new TreeMap<>();
    private final java.util.SortedSet<String> empty = new java.util.TreeSet<>();

    /** The raw fields found, by path, as plain values. */
    Map<String, Object> raw() {
        return raw;
    }

    /**
     * The fields the model does not write whose value is null or an empty list: Grafana reads them as unset, so
     * they are left out rather than kept as raw fields.
     */
    java.util.SortedSet<String> empty() {
        return empty;
    }

    /** The fields that could not be kept, by path, with what the model writes instead. */
    Map<String, String> lost() {
        return lost;
    }

    /**
     * Sorts the fields of {@code input} not covered by {@code taken} (paths relative to the element, a taken path
     * covering everything under it) into raw and lost ones, {@code prefix} naming the element's own path.
     */
    Leftovers sort(JsonNode input, JsonNode skeleton, Set<String> taken, String prefix) {
        walk(input, skeleton, taken, "", prefix);
        return this;
    }

    private void walk(JsonNode input, JsonNode skeleton, Set<String> taken, String path, String prefix) {
        Iterator<Map.Entry<String, JsonNode>> fields = input.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String childPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            if (taken.contains(childPath)) {
                continue;
            }
            JsonNode model = skeleton == null ? null : skeleton.get(field.getKey());
            JsonNode value = field.getValue();
            if (model == null && (value.isNull() || value.isArray() && value.isEmpty())) {
                empty.add(prefix + childPath);
            } else if (model == null) {
                JsonNode kept = without(value, taken, childPath);
                if (kept != null && simpleKey(field.getKey())) {
                    raw.put(prefix + childPath, JsonValues.plain(kept));
                } else if (kept != null) {
                    lost.put(prefix + childPath, "its key cannot be part of a raw field's path");
                }
            } else if (value.isObject() && model.isObject()) {
                walk(value, model, taken, childPath, prefix);
            } else if (!JsonValues.same(value, model)) {
                lost.put(prefix + childPath, JsonValues.shortText(value) + " (the model writes "
                        + JsonValues.shortText(model) + ")");
            }
        }
    }

    /** The value without the taken paths under it; null when nothing is left of an object. */
    private static JsonNode without(JsonNode value, Set<String> taken, String path) {
        if (!value.isObject() || taken.stream().noneMatch(t -> t.startsWith(path + "."))) {
            return value;
        }
        ObjectNode copy = ((ObjectNode) value).deepCopy();
        Iterator<String> names = value.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            String childPath = path + "." + name;
            if (taken.contains(childPath)) {
                copy.remove(name);
            } else {
                JsonNode child = without(value.get(name), taken, childPath);
                if (child == null) {
                    copy.remove(name);
                } else {
                    copy.set(name, child);
                }
            }
        }
        return copy.isEmpty() ? null : copy;
    }

    private static boolean simpleKey(String key) {
        return !key.isEmpty() && key.chars().noneMatch(c -> c == '.' || c == '[' || c == ']');
    }
}
