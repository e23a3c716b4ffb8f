package dev.obsgen.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Copies that make model records immutable and their maps ordered, so output never depends on insertion order.
 * A null element, value or key is kept, not thrown on: the check {@code model/missing-value} names the element
 * it is in, which a {@link NullPointerException} from a constructor could not.
 */
public final class Values {
    /** Keys in their natural order as text, a null key first. */
    private static final Comparator<Object> KEY_ORDER = Comparator.nullsFirst(Comparator.comparing(String::valueOf));

    private Values() {
    }

    /** An unmodifiable copy; none for null. */
    public static <T> List<T> list(List<? extends T> values) {
        return values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** The arguments of a varargs method as an unmodifiable list; none for a null array. */
    @SafeVarargs
    public static <T> List<T> of(T... values) {
        return values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(Arrays.asList(values)));
    }

    /** An unmodifiable copy sorted by key; none for null. */
    public static <V> SortedMap<String, V> sorted(Map<String, ? extends V> values) {
        if (values == null || values.isEmpty()) {
            return Collections.emptySortedMap();
        }
        SortedMap<String, V> copy = new TreeMap<>(KEY_ORDER);
        copy.putAll(values);
        return Collections.unmodifiableSortedMap(copy);
    }

    /** For a builder's list setter: {@code target} now holds the given values (none for null), not what it held. */
    public static <T> void replace(List<T> target, List<? extends T> values) {
        target.clear();
        target.addAll(list(values));
    }

    /** For a builder's map setter: {@code target} now holds the given entries (none for null), not what it held. */
    public static <V> void replace(Map<String, V> target, Map<String, ? extends V> values) {
        target.clear();
        if (values != null) {
            target.putAll(values);
        }
    }

    /** An unmodifiable copy of a map whose keys may be of any type, sorted by their text. */
    public static SortedMap<Object, Object> sortedByText(Map<?, ?> values) {
        SortedMap<Object, Object> copy = new TreeMap<>(KEY_ORDER);
        if (values != null) {
            copy.putAll(values);
        }
        return Collections.unmodifiableSortedMap(copy);
    }
}
