package dev.obsgen.core.importer;

import dev.obsgen.promql.Expr;
import dev.obsgen.promql.ExprWalker;
import dev.obsgen.promql.LabelMatcher;
import dev.obsgen.promql.MatchType;
import dev.obsgen.promql.NodePath;
import dev.obsgen.promql.ParseException;
import dev.obsgen.promql.PromQL;
import dev.obsgen.promql.VectorSelector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Selectors with matchers that several rules repeat word for word, such as
 * {@code kube_deployment_spec_replicas{job="kube-state-metrics"}}, become constants of the generated class, named
 * after the metric and the values they match. An expression is then split into its text and the constants it uses,
 * at the selectors' positions, so that joining them gives back the expression exactly.
 */
final class SelectorConstants {
    /** A selector becomes a constant when this many rules use it. */
    static final int MIN_RULES = 3;

    /** One piece of an expression: text as written, or the name of a constant. */
    record Part(String text, boolean constant) {
    }

    private SelectorConstants() {
    }

    /** Constant name to selector text, for the selectors at least {@link #MIN_RULES} rules use. */
    static Map<String, String> find(List<ImportedGroup> groups) {
        Map<String, Set<String>> rulesBySelector = new TreeMap<>();
        for (ImportedGroup group : groups) {
            for (ImportedRule rule : group.rules()) {
                for (Map.Entry<Integer, String> slice : selectors(rule.expr()).entrySet()) {
                    rulesBySelector.computeIfAbsent(slice.getValue(), s -> new HashSet<>())
                            .add(rule.file() + "\0" + rule.group() + "\0" + rule.name() + "\0" + rule.expr());
                }
            }
        }
        Map<String, String> constants = new TreeMap<>();
        Set<String> taken = new HashSet<>();
        for (Map.Entry<String, Set<String>> entry : rulesBySelector.entrySet()) {
            if (entry.getValue().size() < MIN_RULES) {
                continue;
            }
            String text = entry.getKey();
            String base = JavaText.constantName(nameOf(text));
            String name = base;
            for (int i = 2; !taken.add(name); i++) {
                name = base + "_" + i;
            }
            constants.put(name, text);
        }
        return constants;
    }

    /** The expression as text and constants; a single text part when it uses none. */
    static List<Part> split(String expr, Map<String, String> constants) {
        Map<String, String> byText = new TreeMap<>();
        constants.forEach((name, text) -> byText.put(text, name));
        List<Part> parts = new ArrayList<>();
        int at = 0;
        for (Map.Entry<Integer, String> slice : selectors(expr).entrySet()) {
            String name = byText.get(slice.getValue());
            if (name == null || slice.getKey() < at) {
                continue;
            }
            if (slice.getKey() > at) {
                parts.add(new Part(expr.substring(at, slice.getKey()), false));
            }
            parts.add(new Part(name, true));
            at = slice.getKey() + slice.getValue().length();
        }
        if (at < expr.length() || parts.isEmpty()) {
            parts.add(new Part(expr.substring(at), false));
        }
        return parts;
    }

    /** Start offset to text of every selector with matchers and no modifiers, in order. */
    private static Map<Integer, String> selectors(String expr) {
        Map<Integer, String> slices = new TreeMap<>();
        Expr root;
        try {
            root = PromQL.parse(expr);
        } catch (ParseException e) {
            return slices;
        }
        for (NodePath<VectorSelector> path : ExprWalker.vectorSelectors(root)) {
            VectorSelector selector = path.node();
            if (selector.matchers().isEmpty() || selector.offset() != null || selector.at() != null
                    || selector.anchored() || selector.smoothed() || selector.name().isEmpty()) {
                continue;
            }
            int start = selector.position().start();
            int end = selector.position().end();
            if (start < 0 || end > expr.length() || start >= end) {
                continue;
            }
            String text = expr.substring(start, end);
            if (text.startsWith(selector.name()) && text.endsWith("}")) {
                slices.put(start, text);
            }
        }
        return slices;
    }

    /**
     * The metric's name and the values its positive matchers other than {@code job} match, as far as they are
     * words: {@code apiserver_request_total{verb=~"LIST|GET",code=~"5.."}} is {@code apiserver_request_total_LIST_GET_5}.
     */
    private static String nameOf(String selectorText) {
        VectorSelector selector = (VectorSelector) PromQL.parse(selectorText);
        StringBuilder name = new StringBuilder(selector.name());
        for (LabelMatcher matcher : selector.matchers()) {
            boolean positive = matcher.type() == MatchType.EQUAL || matcher.type() == MatchType.REGEX;
            if (positive && !matcher.name().equals("job") && !matcher.name().equals(LabelMatcher.METRIC_NAME_LABEL)) {
                String words = matcher.value().replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
                if (!words.isEmpty() && name.length() + words.length() < 80) {
                    name.append('_').append(words);
                }
            }
        }
        return name.toString();
    }
}
