package dev.obsgen.core.check.promql;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The labels the series of an expression's result can carry. {@code complete} says the set is known to be all of
 * them (from declared metrics); {@code pinned} holds labels an equality matcher fixed to one value, still on the
 * result.
 */
public record Labels(Set<String> names, boolean complete, Map<String, String> pinned) {
    public Labels {
        names = Set.copyOf(names);
        pinned = Map.copyOf(pinned);
    }

    public static final Labels NONE = new Labels(Set.of(), true, Map.of());
    public static final Labels UNKNOWN = new Labels(Set.of(), false, Map.of());

    /** Whether the result certainly lacks the label. */
    public boolean certainlyLacks(String label) {
        return complete && !names.contains(label);
    }

    public Labels keepOnly(Set<String> kept) {
        Set<String> names = new HashSet<>(this.names);
        names.retainAll(kept);
        Map<String, String> pinned = new HashMap<>(this.pinned);
        pinned.keySet().retainAll(kept);
        if (!complete) {
            // Whatever the input carries, only the kept labels can remain: the result is known to lack every other.
            return new Labels(kept, true, pinned);
        }
        return new Labels(names, true, pinned);
    }

    public Labels without(Set<String> dropped) {
        Set<String> names = new HashSet<>(this.names);
        names.removeAll(dropped);
        Map<String, String> pinned = new HashMap<>(this.pinned);
        pinned.keySet().removeAll(dropped);
        return new Labels(names, complete, pinned);
    }

    public Labels with(String label) {
        Set<String> names = new HashSet<>(this.names);
        names.add(label);
        Map<String, String> pinned = new HashMap<>(this.pinned);
        pinned.remove(label);
        return new Labels(names, complete, pinned);
    }

    public Labels union(Labels other) {
        Set<String> names = new HashSet<>(this.names);
        names.addAll(other.names);
        Map<String, String> pinned = new HashMap<>(this.pinned);
        pinned.entrySet().removeIf(e -> !e.getValue().equals(other.pinned.get(e.getKey())));
        return new Labels(names, complete && other.complete, pinned);
    }
}
