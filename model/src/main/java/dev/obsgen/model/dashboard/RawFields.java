package dev.obsgen.model.dashboard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Grafana JSON fields the typed model does not have yet, by path, for a dashboard, a row or a panel: the escape
 * hatch that lets a dashboard carry an option such as a legend's sort order before the model types it. The
 * Grafana renderer adds each value at its path, relative to the element's own JSON object, after writing the typed
 * fields; it refuses a path the typed model already writes, so a raw field can add to a dashboard but never
 * contradict it. A path is keys separated by dots, each optionally followed by list indexes, such as
 * {@code options.legend.sortBy} or {@code targets[0].intervalFactor}. Values are JSON: text, numbers, booleans,
 * null, lists and maps with text keys; maps are kept sorted and the paths in order, so output is deterministic.
 */
public record RawFields(SortedMap<String, Object> fields) {
    private static final Pattern SEGMENT = Pattern.compile("[^.\\[\\]]+(\\[[0-9]+])*");
    private static final RawFields NONE = new RawFields(new TreeMap<>());

    public RawFields {
        SortedMap<String, Object> copy = new TreeMap<>();
        if (fields != null) {
            fields.forEach((path, value) -> copy.put(checkedPath(path), json(path, value)));
        }
        fields = Collections.unmodifiableSortedMap(copy);
    }

    public static RawFields none() {
        return NONE;
    }

    /**
     * A JSON object from keys and values in turn, for a raw value that holds a null or more entries than
     * {@code Map.of} takes: {@code RawFields.object("sideWidth", null, "show", true)}.
     */
    public static Map<String, Object> object(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("a raw object needs keys and values in pairs, not "
                    + keysAndValues.length + " arguments");
        }
        Map<String, Object> map = new TreeMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (!(keysAndValues[i] instanceof String key)) {
                throw new IllegalArgumentException("a raw object's key is text, not " + keysAndValues[i]);
            }
            map.put(key, keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** A JSON list that may hold nulls, which {@code List.of} refuses. */
    public static List<Object> array(Object... values) {
        return Collections.unmodifiableList(new ArrayList<>(java.util.Arrays.asList(values)));
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /** These fields and one more; a path given twice keeps the later value. */
    public RawFields with(String path, Object value) {
        SortedMap<String, Object> more = new TreeMap<>(fields);
        more.put(checkedPath(path), value);
        return new RawFields(more);
    }

    /** These fields and each entry of {@code values} under the prefix, such as {@code options}. */
    public RawFields withAll(String prefix, Map<String, ?> values) {
        RawFields result = this;
        if (values != null) {
            for (Map.Entry<String, ?> entry : new TreeMap<>(values).entrySet()) {
                result = result.with(prefix + "." + entry.getKey(), entry.getValue());
            }
        }
        return result;
    }

    private static String checkedPath(String path) {
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("a raw field needs a path, such as options.legend.sortBy");
        }
        for (String segment : path.split("\\.", -1)) {
            if (!SEGMENT.matcher(segment).matches()) {
                throw new IllegalArgumentException("raw field path '" + path + "' is not keys separated by dots,"
                        + " each optionally followed by [index]");
            }
        }
        return path;
    }

    /** An immutable copy of a JSON value; anything else is refused with the path it was given for. */
    private static Object json(String path, Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Double
                || value instanceof java.math.BigDecimal || value instanceof java.math.BigInteger) {
            return value;
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(json(path, item)));
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof Map<?, ?> map) {
            SortedMap<String, Object> copy = new TreeMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("raw field '" + path + "' has a map key that is not text: "
                            + entry.getKey());
                }
                copy.put(key, json(path, entry.getValue()));
            }
            return Collections.unmodifiableSortedMap(copy);
        }
        throw new IllegalArgumentException("raw field '" + path + "' is not a JSON value (text, number, boolean,"
                + " null, list or map): " + value.getClass().getSimpleName());
    }
}
