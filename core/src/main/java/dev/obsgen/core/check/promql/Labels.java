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

    // Each operation returns this very object when it changes nothing, so that a chain of 10,000 operations on
    // the same labels keeps one set rather than 10,000 copies of it.

    public Labels keepOnly(Set<String> kept) {
        if (!complete) {
            // Whatever the input carries, only the kept labels can remain: the result is known to lack every other.
            Map<String, String> pinned = new HashMap<>(this.pinned);
            pinned.keySet().retainAll(kept);
            return new Labels(kept, true, pinned);
        }
        if (kept.containsAll(names) && kept.containsAll(pinned.keySet())) {
            return this;
        }
        Set<String> names = new HashSet<>(this.names);
        names.retainAll(kept);
        Map<String, String> pinned = new HashMap<>(this.pinned);
        pinned.keySet().retainAll(kept);
        return new Labels(names, true, pinned);
    }

    public Labels without(Set<String> dropped) {
        if (dropped.stream().noneMatch(label -> names.contains(label) || pinned.containsKey(label))) {
            return this;
        }
        Set<String> names = new HashSet<>(this.names);
        names.removeAll(dropped);
        Map<String, String> pinned = new HashMap<>(this.pinned);
        pinned.keySet().removeAll(dropped);
        return new Labels(names, complete, pinned);
    }

    public Labels with(String label) {
        if (names.contains(label) && !pinned.containsKey(label)) {
            return this;
        }
        Set<String> names = new HashSet<>(this.names);
        names.add(label);
        Map<String, String> pinned = new HashMap<>(this.pinned);
        pinned.remove(label);
        return new Labels(names, complete, pinned);
    }

    public Labels union(Labels other) {
        boolean unionComplete = complete && other.complete;
        boolean pinsKept = pinned.entrySet().stream().allMatch(e -> e.getValue().equals(other.pinned.get(e.getKey())));
        if (unionComplete == complete && pinsKept && names.containsAll(other.names)) {
            return this;
        }
        Set<String> names = new HashSet<>(this.names);
        names.addAll(other.names);
        Map<String, String> pinned = new HashMap<>(this.pinned);
        pinned.entrySet().removeIf(e -> !e.getValue().equals(other.pinned.get(e.getKey())));
        return new Labels(names, unionComplete, pinned);
    }
}
