package dev.obsgen.core.render.grafana;

import dev.obsgen.model.dashboard.RawFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds an element's {@link RawFields} to its rendered JSON object, path by path in sorted order. A raw field may
 * add keys, objects and list entries' keys the typed model leaves out, never replace one it writes: that would
 * make the typed model say one thing and the dashboard do another.
 */
final class RawFieldMerge {
    private static final Pattern INDEX = Pattern.compile("\\[([0-9]+)]");

    private RawFieldMerge() {
    }

    /**
     * @param element what the error names, such as {@code dashboard 'shop' panel 'Latency'}
     * @throws IllegalArgumentException when a path would overwrite a typed field or leads through a value that is
     *                                  not an object, or to a list index that does not exist
     */
    static void merge(Map<String, Object> json, RawFields raw, String element) {
        for (Map.Entry<String, Object> field : raw.fields().entrySet()) {
            put(json, field.getKey(), field.getValue(), element);
        }
    }

    private static void put(Map<String, Object> root, String path, Object value, String element) {
        String[] segments = path.split("\\.");
        Map<String, Object> current = root;
        for (int s = 0; s < segments.length; s++) {
            String segment = segments[s];
            int bracket = segment.indexOf('[');
            String key = bracket < 0 ? segment : segment.substring(0, bracket);
            List<Integer> indexes = new ArrayList<>();
            Matcher m = INDEX.matcher(bracket < 0 ? "" : segment.substring(bracket));
            while (m.find()) {
                indexes.add(Integer.parseInt(m.group(1)));
            }
            boolean last = s == segments.length - 1;
            if (last && indexes.isEmpty()) {
                if (current.containsKey(key)) {
                    throw new IllegalArgumentException(element + ": raw field '" + path + "' would overwrite '"
                            + key + "', which the typed model writes");
                }
                current.put(key, JsonObject.normalise(deepCopy(value)));
                return;
            }
            Object child = current.get(key);
            if (child == null && !current.containsKey(key) && indexes.isEmpty()) {
                child = new TreeMap<String, Object>();
            }
            child = mutable(child);
            current.put(key, child);
            Object target = child;
            for (int i = 0; i < indexes.size(); i++) {
                int index = indexes.get(i);
                if (!(target instanceof List<?> list) || index >= list.size()) {
                    throw new IllegalArgumentException(element + ": raw field '" + path + "' names entry " + index
                            + " of '" + key + "', which the rendered JSON does not have");
                }
                @SuppressWarnings("unchecked")
                List<Object> entries = (List<Object>) list;
                if (last && i == indexes.size() - 1) {
                    throw new IllegalArgumentException(element + ": raw field '" + path + "' would overwrite entry "
                            + index + " of '" + key + "', which the typed model writes");
                }
                Object entry = mutable(entries.get(index));
                entries.set(index, entry);
                target = entry;
            }
            if (!(target instanceof Map<?, ?>)) {
                throw new IllegalArgumentException(element + ": raw field '" + path + "' leads through '" + segment
                        + "', which the typed model writes as a value, not an object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> next = (Map<String, Object>) target;
            current = next;
        }
    }

    /** A copy that can take new keys or entries; renderer output may share unmodifiable model maps and lists. */
    @SuppressWarnings("unchecked")
    private static Object mutable(Object value) {
        if (value instanceof Map<?, ?> map && !(value instanceof TreeMap<?, ?>)
                && !(value instanceof SortedFields)) {
            return new TreeMap<>((Map<String, Object>) map);
        }
        if (value instanceof List<?> list && !(value instanceof ArrayList<?>)) {
            return new ArrayList<>(list);
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new TreeMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> copy.put(k, JsonObject.normalise(deepCopy(v))));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(JsonObject.normalise(deepCopy(v))));
            return copy;
        }
        return value;
    }
}
