package dev.obsgen.core.check.promql;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One PromQL expression to check, with what the checks need to know about where it lives: the element that holds
 * it (for messages), its kind, the alert's {@code for} and templates, the interval it is evaluated at, and the
 * check ids suppressed on it with their reasons.
 *
 * @param templates   the alert's annotations and labels, which may refer to {@code $labels}
 * @param staticLabels labels the rule adds to its result
 */
public record Query(String element, String expr, QueryKind kind, String forDuration, String keepFiringFor,
                    Map<String, String> templates, Map<String, String> staticLabels, Long evaluationIntervalMillis,
                    Map<String, String> suppressions) {
    public Query {
        Objects.requireNonNull(element, "element");
        expr = expr == null ? "" : expr;
        templates = templates == null ? Map.of() : Map.copyOf(templates);
        staticLabels = staticLabels == null ? Map.of() : Map.copyOf(staticLabels);
        suppressions = suppressions == null ? Map.of() : Map.copyOf(suppressions);
    }

    public static Query of(String element, String expr, QueryKind kind) {
        return new Query(element, expr, kind, null, null, Map.of(), Map.of(), null, Map.of());
    }

    public List<String> exprLines() {
        return List.of(expr.split("\n", -1));
    }
}
