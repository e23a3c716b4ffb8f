package dev.obsgen.core.render.grafana.v2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A JSON object of a classic dashboard read field by field: every field taken is gone, so what is left at the end is
 * exactly what the conversion did not place in v2.
 */
final class ClassicObject {
    private final Map<String, Object> left;

    ClassicObject(Object json) {
        this.left = new TreeMap<>();
        if (json instanceof Map<?, ?> map) {
            map.forEach((k, v) -> left.put(String.valueOf(k), v));
        }
    }

    boolean has(String key) {
        return left.containsKey(key);
    }

    Object take(String key) {
        return left.remove(key);
    }

    String text(String key) {
        Object value = take(key);
        return value == null ? null : String.valueOf(value);
    }

    Integer integer(String key) {
        return take(key) instanceof Number number ? number.intValue() : null;
    }

    boolean flag(String key) {
        return Boolean.TRUE.equals(take(key));
    }

    List<Object> list(String key) {
        return take(key) instanceof List<?> list ? new ArrayList<>(list) : new ArrayList<>();
    }

    /** The fields nobody took, in key order. */
    Map<String, Object> rest() {
        return left;
    }

    static Map<String, Object> map(Object value) {
        Map<String, Object> out = new TreeMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> out.put(String.valueOf(k), v));
        }
        return out;
    }
}
