package dev.obsgen.core.check.promql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.Finding;
import dev.obsgen.promql.PromQL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The labels an alert's series carry, as a template reading {@code $labels.x} sees them, wherever the expression
 * decides them: with the model's catalog (declared labels; an error) and without one (names only; a warning, and
 * only what the expression itself removes or keeps). A row is {@code catalog | expression | label read | the
 * severity of alert/template-label, or nothing}.
 */
class LabelInferenceTest {
    private static final MetricCatalog MODEL_CATALOG = ModelCatalog.of(QueryCheckTest.MODEL);

    @ParameterizedTest(name = "{0}: {1} reads {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        // without: the label is gone even when the input's labels are unknown
        "names | sum without (job) (rate(foo_total[5m])) > 1 | job | warning",
        "names | sum(rate(foo_total[5m])) without (job) > 1 | job | warning",
        "names | sum without (job) (rate(foo_total[5m])) > 1 | instance |",
        "names | sum by (job) (sum without (job) (foo)) > 1 | job | warning",
        "model | sum without (status) (rate(runs_total[5m])) > 1 | status | error",
        "model | sum without (status) (rate(runs_total[5m])) > 1 | flow |",
        // by keeps exactly its labels
        "names | sum by (a) (foo) > 1 | b | warning",
        "names | sum by (a) (foo) > 1 | a |",
        "names | topk(3, sum by (a) (foo)) > 1 | b | warning",
        "model | max by (queue) (queue_depth) > 1 | job | error",
        // or: the union of both sides; and, unless: the left side
        "names | (sum by (a) (x) > 1) or (sum by (b) (y) > 1) | b |",
        "names | (sum by (a) (x) > 1) or (sum by (b) (y) > 1) | c | warning",
        "names | (sum without (job) (x) > 1) or (y > 1) | job |",
        "names | (sum without (job) (x) > 1) or (sum without (job, instance) (y) > 1) | job | warning",
        "names | (sum by (a) (x) > 1) and on (a) sum by (a, b) (y) | b | warning",
        "names | (sum by (a) (x) > 1) unless on (a) sum by (a, b) (y) | b | warning",
        "names | (sum by (a, b) (x) > 1) unless on (a) sum by (a) (y) | b |",
        "model | (sum by (flow) (rate(runs_total[5m])) > 1) or (sum by (queue) (queue_depth) > 1) | queue |",
        "model | (sum by (flow) (rate(runs_total[5m])) > 1) or (sum by (queue) (queue_depth) > 1) | status | error",
        // arithmetic and functions that compute a value drop the name; filters and pickers keep it
        "names | rate(foo_total[5m]) > 1 | __name__ | warning",
        "names | foo / bar > 1 | __name__ | warning",
        "names | foo * 2 > 1 | __name__ | warning",
        "names | -foo < 0 | __name__ | warning",
        "names | foo > bool 1 == 1 | __name__ | warning",
        "names | foo > 1 | __name__ |",
        "names | foo > bar | __name__ |",
        "names | last_over_time(foo[5m]) > 1 | __name__ |",
        "names | sort_desc(foo) > 1 | __name__ |",
        "model | queue_depth > 5 | __name__ |",
        "model | abs(queue_depth) > 5 | __name__ | error",
        // on, ignoring, group_left, group_right carry exactly what they carry
        "names | x / on (a) y > 1 | b | warning",
        "names | x / on (a) y > 1 | a |",
        "names | x / ignoring (a) y > 1 | a | warning",
        "names | x / ignoring (a) y > 1 | b |",
        "names | x * on (a) group_left (c) y > 1 | c |",
        "names | sum by (a) (x) * on (a) group_left (c) sum by (a, c) (y) > 1 | c |",
        "names | sum by (a) (x) * on (a) group_left (c) sum by (a, c) (y) > 1 | d | warning",
        "names | sum by (a, c) (x) * on (a) group_left (c) sum by (a) (y) > 1 | c | warning",
        "names | sum by (a, d) (x) * on (a) group_right sum by (a, b) (y) > 1 | d | warning",
        "names | sum by (a) (x) * on (a) group_right (c) sum by (a, b, c) (y) > 1 | c | warning",
        "names | sum by (a, c) (x) * on (a) group_right (c) sum by (a, b) (y) > 1 | b |",
        "model | queue_depth * on (job) group_left (flow) sum by (job, flow) (rate(runs_total[5m])) > 1 | flow |",
        "model | queue_depth * on (job) group_left (flow) sum by (job, flow) (rate(runs_total[5m])) > 1 | queue |",
        "model | queue_depth * on (job) group_left (flow) sum by (job, flow) (rate(runs_total[5m])) > 1 | status | error",
        "model | queue_depth / on (queue) max by (queue) (queue_depth) > 1 | job | error",
        "model | queue_depth / ignoring (instance) max by (queue, job) (queue_depth) > 1 | instance | error",
        // label_replace and label_join add their label; count_values its label
        "names | label_replace(sum by (a) (x), \"dst\", \"$1\", \"a\", \"(.*)\") > 1 | dst |",
        "names | label_replace(sum by (a) (x), \"dst\", \"$1\", \"a\", \"(.*)\") > 1 | b | warning",
        "names | label_join(sum by (a) (x), \"dst\", \",\", \"a\") > 1 | dst |",
        "names | count_values(\"v\", sum by (a) (x)) > 1 | v |",
        "names | count_values(\"v\", sum by (a) (x)) > 1 | b | warning",
        "model | count_values(\"depth\", queue_depth) > 1 | depth |",
        "model | label_replace(queue_depth, \"q2\", \"$1\", \"queue\", \"(.*)\") > 1 | q2 |",
        // absent has exactly its equality matchers' labels; vector() none
        "names | absent(x{a=\"b\", c=~\"d\"}) | a |",
        "names | absent(x{a=\"b\", c=~\"d\"}) | c | warning",
        "names | absent_over_time(x{a=\"b\"}[5m]) | job | warning",
        "names | absent(x{a=\"b\", a=\"c\"}) | a | warning",
        "names | absent(x{a=\"b\", a!=\"c\"}) | a | warning",
        "names | absent(x{a=\"\"}) | a | warning",
        "model | absent(queue_depth{queue=\"a\"}) | queue |",
        "model | absent(queue_depth{queue=\"a\"}) | job | error",
        "names | vector(1) > 0 | a | warning",
        // histogram_quantile drops le; a matcher on the empty value selects series without the label
        "names | histogram_quantile(0.9, sum by (le, a) (rate(x_bucket[5m]))) > 1 | le | warning",
        "names | histogram_quantile(0.9, sum by (le, a) (rate(x_bucket[5m]))) > 1 | a |",
        "names | foo{a=\"\"} > 1 | a | warning",
        // a label the rule adds is there whatever the expression keeps
        "names | sum by (a) (x) > 1 | severity |"})
    void aTemplateReadsOnlyLabelsTheExpressionKeeps(String catalog, String expr, String label, String expected) {
        Query query = new Query("test", expr, QueryKind.ALERT, null, null,
                Map.of("annotation description", "{{ $labels." + label + " }}"), Map.of("severity", "page"), null,
                Map.of());
        List<Finding> findings = CheckRegistry.standard().queryRunner()
                .run(List.of(query), catalog.equals("model") ? MODEL_CATALOG : new NameCatalog()).findings();
        String found = findings.stream().filter(f -> f.checkId().equals("alert/template-label"))
                .map(f -> f.severity().label()).collect(Collectors.joining(" "));
        assertEquals(expected == null ? "" : expected, found,
                () -> findings.stream().map(Finding::format).collect(Collectors.joining("\n")));
    }

    @Test
    void aLabelTheExpressionRemovesIsNamedInTheMessage() {
        Query query = new Query("test", "sum without (job) (rate(foo_total[5m])) > 1", QueryKind.ALERT, null, null,
                Map.of("annotation description", "{{ $labels.job }}"), Map.of(), null, Map.of());
        Finding finding = CheckRegistry.standard().queryRunner().run(List.of(query), new NameCatalog()).findings()
                .get(0);
        assertEquals("annotation 'description' refers to $labels.job, but the expression removes it from the "
                + "alert's series (template 1:4)", finding.locatedMessage());
    }

    @Test
    void aLongOrChainIsInferredInOnePass() {
        // Each term brings a label of its own: folding the chain pairwise would copy a growing set 30,000 times.
        int terms = 30_000;
        String expr = java.util.stream.IntStream.range(0, terms).mapToObj(i -> "x{l" + i + "=\"v\"}")
                .collect(Collectors.joining(" or "));
        var ast = PromQL.parse(expr);
        Labels labels = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> new LabelInference(new NameCatalog()).of(ast));
        assertEquals(terms + 1, labels.names().size());
        assertTrue(labels.names().contains("l" + (terms - 1)), labels.names()::toString);
        assertTrue(labels.pinned().isEmpty(), labels.pinned()::toString);
    }

    @Test
    void eachOrOfAChainHasTheLabelsOfItsOwnOperands() {
        var top = (dev.obsgen.promql.Binary) PromQL.parse("sum by (a) (x) or sum by (b) (x{p=\"1\"}) or sum without (c) (x)");
        var inner = (dev.obsgen.promql.Binary) top.lhs();
        LabelInference inference = new LabelInference(new NameCatalog());
        // The whole chain first, as checks walking from the root ask.
        Labels whole = inference.of(top);
        assertEquals(java.util.Set.of("a", "b"), whole.names());
        assertEquals(false, whole.complete());
        assertEquals(java.util.Set.of("c", "__name__"), whole.lacking());
        Labels first = inference.of(inner);
        assertEquals(new Labels(java.util.Set.of("a", "b"), true, Map.of()), first);
    }

    @Test
    void everyOrOfALongChainIsAnsweredInOnePass() {
        // Checks of or on (...) ask about both operands of every or of the chain, from the root down.
        int terms = 30_000;
        String expr = String.join(" or on (job) ", java.util.Collections.nCopies(terms, "max by (job) (up)"));
        var root = PromQL.parse(expr);
        LabelInference inference = new LabelInference(MODEL_CATALOG);
        List<dev.obsgen.promql.Binary> ors = new java.util.ArrayList<>();
        for (var node = root; node instanceof dev.obsgen.promql.Binary or; node = or.lhs()) {
            ors.add(or);
        }
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ors.forEach(or -> {
            inference.of(or.lhs());
            inference.of(or.rhs());
        }));
        assertEquals(java.util.Set.of("job"), inference.of(ors.get(terms / 2).lhs()).names());
    }
}
