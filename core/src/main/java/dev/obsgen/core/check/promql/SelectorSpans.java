package dev.obsgen.core.check.promql;

import dev.obsgen.promql.Expr;
import dev.obsgen.promql.ExprWalker;
import dev.obsgen.promql.VectorSelector;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The selectors of one expression numbered in source order, so that the selectors of any subtree are a span of
 * numbers. Whether two subtrees select a common metric then takes a look-up per selector of the smaller one, not a
 * walk of both: asked at every operator of a 10,000-term chain, that is the difference between linear and quadratic.
 * Built on the first question.
 */
final class SelectorSpans {
    private final Expr root;
    /** The metric name of each selector by number; null for a selector without one. */
    private final List<String> names = new ArrayList<>();
    /** Each node's selectors: the first number and one past the last. */
    private final Map<Expr, int[]> spans = new IdentityHashMap<>();
    /** The numbers of the selectors of each metric, ascending. */
    private final Map<String, int[]> numbers = new HashMap<>();
    private boolean built;

    SelectorSpans(Expr root) {
        this.root = root;
    }

    /** Whether a metric is selected both in {@code a} and in {@code b}, two disjoint subtrees of the root. */
    boolean shareMetric(Expr a, Expr b) {
        build();
        int[] first = spans.get(a);
        int[] second = spans.get(b);
        int[] smaller = first[1] - first[0] <= second[1] - second[0] ? first : second;
        int[] other = smaller == first ? second : first;
        for (int i = smaller[0]; i < smaller[1]; i++) {
            String name = names.get(i);
            if (name != null && selectedWithin(numbers.get(name), other)) {
                return true;
            }
        }
        return false;
    }

    private static boolean selectedWithin(int[] ascending, int[] span) {
        int at = Arrays.binarySearch(ascending, span[0]);
        int firstAtOrAfter = at >= 0 ? at : -at - 1;
        return firstAtOrAfter < ascending.length && ascending[firstAtOrAfter] < span[1];
    }

    private void build() {
        if (built) {
            return;
        }
        built = true;
        Map<String, List<Integer>> byName = new HashMap<>();
        ArrayDeque<Integer> starts = new ArrayDeque<>();
        ExprWalker.walk(root, new ExprWalker.Visitor() {
            @Override
            public boolean enter(Expr node, List<Expr> ancestors) {
                starts.push(names.size());
                if (node instanceof VectorSelector selector) {
                    String name = selector.metricName().orElse(null);
                    if (name != null) {
                        byName.computeIfAbsent(name, n -> new ArrayList<>()).add(names.size());
                    }
                    names.add(name);
                }
                return true;
            }

            @Override
            public void leave(Expr node, List<Expr> ancestors) {
                spans.put(node, new int[] {starts.pop(), names.size()});
            }
        });
        byName.forEach((name, list) -> numbers.put(name, list.stream().mapToInt(Integer::intValue).toArray()));
    }
}
