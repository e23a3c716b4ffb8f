package dev.obsgen.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Copies that make model records immutable and their maps ordered, so output never depends on insertion order. */
public final class Values {
    private Values() {
    }

    public static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    public static SortedMap<String, String> sorted(Map<String, String> values) {
        if (values == null || values.isEmpty()) {
            return Collections.emptySortedMap();
        }
        return Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }
}
