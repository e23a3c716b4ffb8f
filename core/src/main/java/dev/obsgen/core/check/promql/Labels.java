package dev.obsgen.core.check.promql;

import dev.obsgen.promql.LabelMatcher;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The labels the series of an expression's result can carry, {@code __name__} included. {@code complete} says
 * {@code names} is known to be all of them (from declared metrics, or an aggregation's {@code by}); {@code pinned}
 * holds labels an equality matcher fixed to one value, still on the result. Where the set is not complete,
 * {@code lacking} holds the labels the expression certainly removed ({@code sum without (job) (x)} lacks job,
 * whatever x carries); where it is complete, every label outside {@code names} is lacking and {@code lacking} is
 * empty.
 */
public record Labels(Set<String> names, boolean complete, Map<String, String> pinned, Set<String> lacking) {
    public Labels {
        names = Set.copyOf(names);
        pinned = Map.copyOf(pinned);
        if (complete) {
            lacking = Set.of();
        } else {
            Set<String> onlyLacking = new HashSet<>(lacking);
            onlyLacking.removeAll(names);
            lacking = Set.copyOf(onlyLacking);
        }
    }

    public Labels(Set<String> names, boolean complete, Map<String, String> pinned) {
        this(names, complete, pinned, Set.of());
    }

    public static final Labels NONE = new Labels(Set.of(), true, Map.of());
    public static final Labels UNKNOWN = new Labels(Set.of(), false, Map.of());

    /** Whether the result certainly lacks the label. */
    public boolean certainlyLacks(String label) {
        return complete ? !names.contains(label) : lacking.contains(label);
    }

    /** The names without {@code __name__}, sorted, for messages. */
    public Set<String> shown() {
        Set<String> shown = new TreeSet<>(names);
        shown.remove(LabelMatcher.METRIC_NAME_LABEL);
        return shown;
    }

    // Each operation returns this very object when it changes nothing, so that a chain of 10,000 operations on
    // the same labels keeps one set rather than 10,000 copies of it.

    /** Only the kept labels remain: whatever the input carries, the result is known to lack every other. */
    public Labels keepOnly(Set<String> kept) {
        if (complete && kept.containsAll(names) && kept.containsAll(pinned.keySet())) {
            return this;
        }
        Set<String> names = new HashSet<>(complete ? this.names : kept);
        if (complete) {
            names.retainAll(kept);
        } else {
            names.removeAll(lacking);
        }
        Map<String, String> pinned = new HashMap<>(this.pinned);
        pinned.keySet().retainAll(kept);
        return new Labels(names, true, pinned);
    }

    public Labels without(Set<String> dropped) {
        boolean known = complete ? dropped.stream().noneMatch(names::contains) : lacking.containsAll(dropped);
        if (known && dropped.stream().noneMatch(pinned::containsKey)) {
            return this;
        }
        Set<String> names = new HashSet<>(this.names);
        names.removeAll(dropped);
        Map<String, String> pinned = new HashMap<>(this.pinned);
        pinned.keySet().removeAll(dropped);
        Set<String> lacking = new HashSet<>(this.lacking);
        lacking.addAll(dropped);
        return new Labels(names, complete, pinned, lacking);
    }

    public Labels without(String dropped) {
        return without(Set.of(dropped));
    }

    /** The label may now be on the result, with a value no matcher fixed. */
    public Labels with(String label) {
        if (names.contains(label) && !pinned.containsKey(label)) {
            return this;
        }
        Set<String> names = new HashSet<>(this.names);
        names.add(label);
        Map<String, String> pinned = new HashMap<>(this.pinned);
        pinned.remove(label);
        return new Labels(names, complete, pinned, lacking);
    }

    /**
     * The labels of the series of several results together ({@code a or b or c}): a label may be there when it may
     * be on any of them, is lacking when it is lacking on all, and stays pinned where all pin it to one value. One
     * pass over all of them, so a chain of {@code or} costs its length, not its length squared.
     */
    public static Labels union(List<Labels> all) {
        Labels first = all.get(0);
        if (all.stream().allMatch(labels -> labels.equals(first))) {
            return first;
        }
        Set<String> names = new HashSet<>();
        Map<String, String> pinned = new HashMap<>(first.pinned);
        boolean complete = true;
        Set<String> lacking = null;
        for (Labels labels : all) {
            names.addAll(labels.names);
            if (!pinned.isEmpty()) {
                pinned.entrySet().removeIf(e -> !e.getValue().equals(labels.pinned.get(e.getKey())));
            }
            if (!labels.complete) {
                complete = false;
                if (lacking == null) {
                    lacking = new HashSet<>(labels.lacking);
                } else {
                    lacking.retainAll(labels.lacking);
                }
            }
        }
        return new Labels(names, complete, pinned, lacking == null ? Set.of() : lacking);
    }
}
