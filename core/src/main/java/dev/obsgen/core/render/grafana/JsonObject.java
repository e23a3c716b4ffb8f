package dev.obsgen.core.render.grafana;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A JSON object under construction, keys sorted. {@link #put} stores even a null (Grafana needs {@code "id": null}
 * and a base threshold of {@code null}); {@link #putIfPresent} leaves the key out instead.
 */
final class JsonObject {
    private final SortedFields fields = new SortedFields();

    static JsonObject of() {
        return new JsonObject();
    }

    JsonObject put(String key, Object value) {
        fields.put(key, normalise(value));
        return this;
    }

    JsonObject putIfPresent(String key, Object value) {
        if (value != null) {
            put(key, value);
        }
        return this;
    }

    /** Leaves out null and empty strings, for optional text Grafana omits when unset. */
    JsonObject putText(String key, String value) {
        if (value != null && !value.isEmpty()) {
            put(key, value);
        }
        return this;
    }

    Map<String, Object> map() {
        return fields;
    }

    static <T> List<Object> list(Collection<T> values, Function<T, Object> convert) {
        List<Object> out = new ArrayList<>();
        for (T value : values) {
            out.add(normalise(convert.apply(value)));
        }
        return out;
    }

    /** Whole doubles are written as integers ({@code 1000}, not {@code 1000.0}), as Grafana itself writes them. */
    static Object normalise(Object value) {
        if (value instanceof JsonObject object) {
            return object.map();
        }
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 1e15) {
            return d.longValue();
        }
        return value;
    }
}
