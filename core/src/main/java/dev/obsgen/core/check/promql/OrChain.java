package dev.obsgen.core.check.promql;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operands of a chain of {@code or}, left to right, and the union of every prefix of them: the labels of each
 * {@code or} node of the chain. One pass finds where the union last changed before each prefix; a prefix's union is
 * built only when asked, and prefixes whose union did not change share one. A chain of 10,000 operands with the
 * same labels costs 10,000 steps however many of its nodes are asked about.
 */
final class OrChain {
    /** An {@code or} node of a chain: the union of its first {@code length} operands. */
    record Prefix(OrChain chain, int length) {
    }

    private final List<Labels> operands;
    /** For each prefix length, the shortest prefix with the same union. */
    private final int[] sameAs;
    private final Map<Integer, Labels> built = new HashMap<>();

    OrChain(List<Labels> operands) {
        this.operands = List.copyOf(operands);
        this.sameAs = new int[operands.size() + 1];
        Set<String> names = new HashSet<>();
        Map<String, String> pinned = new HashMap<>(operands.get(0).pinned());
        Set<String> lacking = null;
        boolean complete = true;
        int lastChange = 0;
        for (int i = 0; i < operands.size(); i++) {
            Labels labels = operands.get(i);
            boolean changed = i == 0;
            changed |= names.addAll(labels.names());
            changed |= pinned.entrySet().removeIf(e -> !e.getValue().equals(labels.pinned().get(e.getKey())));
            if (!labels.complete()) {
                changed |= complete;
                complete = false;
                if (lacking == null) {
                    lacking = new HashSet<>(labels.lacking());
                    changed = true;
                } else {
                    changed |= lacking.retainAll(labels.lacking());
                }
            }
            if (lacking != null) {
                // A label some operand may carry is not lacking from the union.
                changed |= lacking.removeAll(labels.names());
            }
            if (changed) {
                lastChange = i + 1;
            }
            sameAs[i + 1] = lastChange;
        }
    }

    Labels union(int length) {
        int same = sameAs[length];
        return built.computeIfAbsent(same, n -> Labels.union(operands.subList(0, n)));
    }
}
