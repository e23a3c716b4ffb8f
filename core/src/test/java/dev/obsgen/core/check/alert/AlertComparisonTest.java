package dev.obsgen.core.check.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.check.promql.MetricCatalog;
import dev.obsgen.core.check.promql.ModelCatalog;
import dev.obsgen.core.check.promql.NameCatalog;
import dev.obsgen.core.check.promql.Query;
import dev.obsgen.core.check.promql.QueryCheckTest;
import dev.obsgen.core.check.promql.QueryKind;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code alert/comparison} counts every filter that decides which series survive, wherever it stands, and flags
 * an alert whose series all come through without one. Each row runs with the model's catalog and without one: the
 * answer does not depend on what is known of the metrics. A row is {@code expression | whether it is flagged}.
 */
class AlertComparisonTest {
    private static final MetricCatalog MODEL_CATALOG = ModelCatalog.of(QueryCheckTest.MODEL);

    @ParameterizedTest(name = "{0} flagged: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        // no filter: every series fires
        "sum by (flow) (rate(runs_total[5m])) | true",
        "rate(runs_total[5m]) or (queue_depth > 1) | true",
        "(rate(runs_total[5m]) > 1) or queue_depth | true",
        "label_replace(rate(runs_total[5m]), \"f\", \"$1\", \"flow\", \"(.*)\") | true",
        "max_over_time(queue_depth[10m]) | true",
        "max_over_time((queue_depth > bool 5)[10m:1m]) | true",
        "queue_depth * on (job) group_left max by (job) (connections) | true",
        "topk(3, queue_depth) | true",
        "queue_depth > bool 5 | true",
        "-queue_depth | true",
        // a filter anywhere the result's series come through
        "queue_depth > 5 | false",
        "queue_depth unless queue_depth{queue=\"a\"} | false",
        "foo unless bar | false",
        "foo and bar | false",
        "foo and on (instance) (bar > 1) | false",
        "max(x > 0) by (instance) * on (instance) group_right kube_pod_info | false",
        "sum by (queue) (queue_depth > 5) | false",
        "count(queue_depth > 5) | false",
        "queue_depth * on (job) group_left max by (job) (connections > 5) | false",
        "(queue_depth > 5) * on (job) group_left max by (job) (connections) | false",
        "max_over_time((queue_depth > 5)[10m:1m]) | false",
        "absent(up{job=\"svc\"}) | false",
        "absent_over_time(up{job=\"svc\"}[5m]) | false",
        "-(queue_depth > 5) | false",
        "label_replace(queue_depth > 5, \"q\", \"$1\", \"queue\", \"(.*)\") | false",
        "(queue_depth > 5) or (connections > 10) | false",
        "max by (job) (up{job=\"svc\"}) == 0 or absent(up{job=\"svc\"}) | false"})
    void aFilterAnywhereIsACondition(String expr, boolean flagged) {
        for (MetricCatalog catalog : List.of(MODEL_CATALOG, new NameCatalog())) {
            Query query = new Query("test", expr, QueryKind.ALERT, null, null, Map.of(), Map.of(), null, Map.of());
            List<Finding> findings = CheckRegistry.standard().queryRunner().run(List.of(query), catalog).findings();
            assertEquals(flagged, findings.stream().anyMatch(f -> f.checkId().equals("alert/comparison")),
                    () -> catalog.getClass().getSimpleName() + ": " + findings.stream().map(Finding::format)
                            .collect(Collectors.joining("\n")));
        }
    }
}
