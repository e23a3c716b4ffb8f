package dev.obsgen.core.check.promql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.Finding;
import dev.obsgen.model.Observability;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.metric.Unit;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.scrape.Relabel;
import dev.obsgen.model.scrape.ScrapeJob;
import dev.obsgen.model.scrape.StaticDiscovery;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each query check on the expression it must catch, and on the correct form it must stay quiet on. A row is
 * {@code kind | expression | the check ids expected, space-separated, or nothing}.
 */
public class QueryCheckTest {
    public static final Observability MODEL = Observability.named("t")
            .withMetric(Metric.counter("runs_total").withLabels("flow").withLabel("status", "completed", "failed")
                    .job("svc").build())
            .withMetric(Metric.gauge("queue_depth").withLabels("queue").job("svc").build())
            .withMetric(Metric.gauge("connections").job("svc").build())
            .withMetric(Metric.gauge("max_connections").job("svc").build())
            .withMetric(Metric.histogram("latency_seconds").unit(Unit.SECONDS).withLabels("path").buckets(0.1, 1)
                    .job("svc").build())
            .withMetric(Metric.counter("slow_total").withLabels("flow").job("slow").build())
            .withScrapeJob(ScrapeJob.named("svc").interval("15s").discovery(StaticDiscovery.of("svc:80"))
                    .withRelabel(Relabel.copy("__meta_pod", "pod")).build())
            .withScrapeJob(ScrapeJob.named("slow").interval("2m").discovery(StaticDiscovery.of("slow:80")).build())
            .withRuleGroup(RuleGroup.named("rec").withRule(Rule.record("flow:runs:rate5m")
                    .expr("sum by (flow) (rate(runs_total[5m]))")).build())
            .build();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        // syntax
        "ALERT | rate(runs_total[5m] > 1 | promql/syntax",
        "ALERT | sum(rate(runs_total[5m])) > 1 |",
        // unknown metric, with a suggestion
        "RECORDING | rate(run_total[5m]) | promql/unknown-metric",
        "RECORDING | flow:runs:rate5m * 2 |",
        "RECORDING | up{job=\"svc\"} |",
        // unknown label in a matcher, a grouping, a matching
        "RECORDING | queue_depth{queues=\"a\"} | promql/unknown-label",
        "RECORDING | queue_depth{pod=\"a\", job=\"svc\", instance=\"x\"} |",
        "RECORDING | sum by (flow) (queue_depth) | promql/unknown-label",
        "RECORDING | sum by (queue) (queue_depth) |",
        "RECORDING | connections / on (nothing) max_connections | promql/unknown-label",
        // a value outside the declared ones
        "RECORDING | rate(runs_total{status=\"failure\"}[5m]) | promql/label-value",
        "RECORDING | rate(runs_total{status=~\"fail.*\"}[5m]) |",
        // counters
        "ALERT | runs_total > 5 | promql/counter-without-rate",
        "ALERT | increase(runs_total[1h]) > 5 |",
        "RECORDING | count(runs_total) |",
        "RECORDING | count by (flow) (sum by (flow, status) (runs_total)) |",
        "RECORDING | count(runs_total > 5) | promql/counter-without-rate",
        "RECORDING | rate(queue_depth[5m]) | promql/rate-on-gauge",
        "RECORDING | deriv(queue_depth[5m]) |",
        // histograms
        "RECORDING | histogram_quantile(0.9, rate(latency_seconds_sum[5m])) | promql/histogram-quantile",
        "RECORDING | histogram_quantile(0.9, sum(rate(latency_seconds_bucket[5m]))) | promql/histogram-quantile",
        "RECORDING | histogram_quantile(0.9, sum by (le) (rate(latency_seconds_bucket[5m]))) |",
        "RECORDING | histogram_quantile(0.9, latency_seconds_bucket) | promql/counter-without-rate",
        "RECORDING | histogram_quantile(0.9, sum by (le, job) (rate(latency_seconds_bucket[5m])) * on (job) group_left max by (job) (connections)) |",
        "RECORDING | histogram_quantile(0.9, sum by (le) (rate(latency_seconds_bucket[5m])) and on () sum(rate(latency_seconds_count[5m])) > 1) |",
        // rate range against the scrape interval
        "RECORDING | rate(slow_total[3m]) | promql/rate-range",
        "RECORDING | rate(slow_total[5m]) |",
        "RECORDING | rate(runs_total[20s]) | promql/rate-range",
        // the design's ratio bug
        "ALERT | rate(runs_total{status=\"failed\"}[1h]) / rate(runs_total[1h]) > 0.1 | promql/self-ratio",
        "ALERT | sum by (flow) (rate(runs_total{status=\"failed\"}[1h])) / sum by (flow) (rate(runs_total[1h])) > 0.1 |",
        "ALERT | rate(runs_total{status=\"failed\"}[1h]) / ignoring (status) group_left rate(runs_total[1h]) > 0.1 |",
        // sides that can never match
        "RECORDING | sum by (flow) (rate(runs_total[5m])) / sum by (queue) (queue_depth) | promql/impossible-match",
        "RECORDING | connections / max_connections |",
        // alerts without a condition
        "ALERT | sum by (flow) (rate(runs_total[5m])) | alert/comparison",
        "ALERT | sum by (flow) (rate(runs_total[5m])) * 100 | alert/comparison",
        "ALERT | (sum by (flow) (rate(runs_total[5m])) > 1) * 100 |",
        "ALERT | (queue_depth > 5) * on (job) group_left max by (job) (connections) |",
        "ALERT | absent(up{job=\"svc\"}) |",
        "ALERT | max by (job) (up{job=\"svc\"}) == 0 or absent(up{job=\"svc\"}) |",
        // the alert checks are handed alerts only: a recording rule or panel without a comparison is fine
        "RECORDING | sum by (flow) (rate(runs_total[5m])) |",
        "PANEL | sum by (flow) (rate(runs_total[5m])) |",
        // experimental syntax
        "RECORDING | sort_by_label(queue_depth, \"queue\") | promql/experimental",
        "RECORDING | sort(queue_depth) |"})
    void catchesItsCaseAndStaysQuietOnTheCorrectForm(String kind, String expr, String expected) {
        Query query = new Query("test", expr, QueryKind.valueOf(kind), null, null, Map.of(), Map.of(), null, Map.of());
        List<Finding> findings = CheckRegistry.standard().queryRunner().run(List.of(query), ModelCatalog.of(MODEL)).findings();
        String ids = findings.stream().filter(f -> f.severity() != dev.obsgen.core.check.FindingSeverity.NOTE)
                .map(Finding::checkId).distinct().sorted().collect(Collectors.joining(" "));
        assertEquals(expected == null ? "" : expected, ids, () -> findings.stream().map(Finding::format)
                .collect(Collectors.joining("\n")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // a series not named _bucket may be a native histogram, which has no le to keep
        "RECORDING | histogram_quantile(0.9, sum by (job) (rate(request_seconds[5m]))) | warning promql/histogram-quantile",
        "RECORDING | histogram_quantile(0.9, sum by (job) (rate(request_seconds_bucket[5m]))) | error promql/histogram-quantile",
        "RECORDING | histogram_quantile(0.9, sum by (job, le) (rate(request_seconds_bucket[5m]))) |"})
    void withoutACatalogTheNamesDecideHowSureAFindingIs(String kind, String expr, String expected) {
        Query query = new Query("test", expr, QueryKind.valueOf(kind), null, null, Map.of(), Map.of(), null, Map.of());
        List<Finding> findings = CheckRegistry.standard().queryRunner().run(List.of(query), new NameCatalog()).findings();
        String found = findings.stream().map(f -> f.severity().label() + " " + f.checkId()).distinct().sorted()
                .collect(Collectors.joining(", "));
        assertEquals(expected == null ? "" : expected, found, () -> findings.stream().map(Finding::format)
                .collect(Collectors.joining("\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "{{ $labels.flow }} fails | ",
        "{{ $labels.status }} fails | alert/template-label",
        "{{ $labels.severity }} | ",
        // every way a template reads a label, and what only looks like one
        "{{ .Labels.status }} | alert/template-label",
        "{{ $.Labels.status }} | alert/template-label",
        "{{ index $labels \"status\" }} | alert/template-label",
        "{{ index .Labels \"flow\" }} | ",
        "{{ with $labels }}{{ .status }}{{ end }} | alert/template-label",
        "{{ if $value }}{{ .Labels.status }}{{ end }} | alert/template-label",
        "{{ range query \"up\" }}{{ .Labels.instance }}{{ end }} | ",
        "{{ with query \"up\" }}{{ (first .).Labels.instance }}{{ end }} | ",
        "{{ range query \"up\" }}{{ .Labels.status }}{{ end }} | alert/template-query",
        "{{/* $labels.status */}}set the $labels.status label | ",
        "{{ $labels.status | alert/template"})
    void templatesReferToLabelsTheAlertKeeps(String description, String expected) {
        Query query = new Query("test", "sum by (flow) (rate(runs_total[5m])) > 1", QueryKind.ALERT, null, null,
                Map.of("description", description), Map.of("severity", "warning"), null, Map.of());
        List<Finding> findings = CheckRegistry.standard().queryRunner().run(List.of(query), ModelCatalog.of(MODEL)).findings();
        assertEquals(expected == null ? "" : expected,
                findings.stream().map(Finding::checkId).collect(Collectors.joining(" ")));
    }

    @org.junit.jupiter.api.Test
    void aTemplateLabelFindingPointsAtTheReference() {
        Query query = new Query("test", "sum by (flow) (rate(runs_total[5m])) > 1", QueryKind.ALERT, null, null,
                Map.of("annotation description", "Flow {{ $labels.flow }}\nfailed with {{ index $labels \"status\" }}"),
                Map.of(), null, Map.of());
        Finding finding = CheckRegistry.standard().queryRunner().run(List.of(query), ModelCatalog.of(MODEL))
                .findings().get(0);
        assertEquals("annotation 'description' refers to $labels.status, but the alert's series carry only [flow] "
                + "(template 2:22)", finding.locatedMessage());
        assertEquals("annotation description", finding.location().field());
        assertEquals("2:22", finding.location().position().toString(), "line and column in the template's text");
        assertEquals("failed with {{ index $labels \"status\" }}\n                     ^", finding.detail());
    }

    @ParameterizedTest(name = "for {0} at interval {1}s")
    @CsvSource({"10s, 30, alert/for", "1m, 30, ''", "0s, 30, ''"})
    void forShorterThanTheEvaluationIntervalIsFlagged(String forDuration, long intervalSeconds, String expected) {
        Query query = new Query("test", "queue_depth > 5", QueryKind.ALERT, forDuration, null, Map.of(), Map.of(),
                intervalSeconds * 1000, Map.of());
        List<Finding> findings = CheckRegistry.standard().queryRunner().run(List.of(query), ModelCatalog.of(MODEL)).findings();
        assertEquals(expected, findings.stream().map(Finding::checkId).collect(Collectors.joining(" ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ALERT, alert/for", "RECORDING, ''", "PANEL, ''"})
    void forIsReadOnAlertsOnly(String kind, String expected) {
        Query query = new Query("test", "queue_depth > 5", QueryKind.valueOf(kind), "10s", null, Map.of(), Map.of(),
                30_000L, Map.of());
        List<Finding> findings = CheckRegistry.standard().queryRunner().run(List.of(query), ModelCatalog.of(MODEL)).findings();
        assertEquals(expected, findings.stream().map(Finding::checkId).collect(Collectors.joining(" ")));
    }

    /** Reports every query it is handed, so what the runner hands it shows. */
    @dev.obsgen.core.check.CheckDefinition(id = "test/every-recording", severity = dev.obsgen.core.check.FindingSeverity.ERROR,
            summary = "Reports every query it is handed.", queryKinds = QueryKind.RECORDING, needsExpression = false)
    static final class EveryRecording implements QueryCheck {
        @Override
        public void check(QueryContext context, QueryFindings findings) {
            findings.report(null, "handed " + context.query().kind());
        }
    }

    @org.junit.jupiter.api.Test
    void theRunnerHandsACheckOnlyTheKindsItReads() {
        QueryRunner runner = new QueryRunner(new SyntaxCheck(), List.of(new EveryRecording()));
        List<Query> queries = List.of(Query.of("a", "up > 1", QueryKind.ALERT), Query.of("r", "up", QueryKind.RECORDING),
                Query.of("p", "up", QueryKind.PANEL), Query.of("broken", "up{", QueryKind.RECORDING));
        List<String> handed = runner.run(queries, ModelCatalog.of(MODEL)).located().stream()
                .filter(l -> l.finding().checkId().equals("test/every-recording"))
                .map(l -> l.query().element() + ": " + l.finding().message()).toList();
        assertEquals(List.of("r: handed RECORDING", "broken: handed RECORDING"), handed);
    }

    @org.junit.jupiter.api.Test
    void aFindingNamesLineAndColumnAndShowsACaret() {
        Query query = new Query("alert 'A' in group 'g'", "sum(\n  rate(queue_depth[5m])\n)", QueryKind.RECORDING,
                null, null, Map.of(), Map.of(), null, Map.of());
        Finding finding = CheckRegistry.standard().queryRunner().run(List.of(query), ModelCatalog.of(MODEL))
                .findings().get(0);
        assertEquals("promql/rate-on-gauge", finding.checkId());
        assertTrue(finding.locatedMessage().endsWith("Use deriv() or delta() for a gauge (expr 2:3)"), finding.locatedMessage());
        assertEquals("2:3", finding.location().position().toString());
        assertEquals(null, finding.location().field(), "a spot in the expression");
        assertTrue(!finding.message().contains("(expr"), "the message carries no position: " + finding.message());
        assertEquals("  rate(queue_depth[5m])\n  ^", finding.detail());
    }

    @org.junit.jupiter.api.Test
    void aFindingOnALongLineShowsTheLineAroundTheCaret() {
        String expr = "up + ".repeat(1000) + "rate(queue_depth[5m]) + " + "up + ".repeat(1000) + "up";
        Query query = new Query("rule", expr, QueryKind.RECORDING, null, null, Map.of(), Map.of(), null, Map.of());
        Finding finding = CheckRegistry.standard().queryRunner().run(List.of(query), ModelCatalog.of(MODEL))
                .findings().stream().filter(f -> f.checkId().equals("promql/rate-on-gauge")).findFirst().orElseThrow();
        String[] lines = finding.detail().split("\n");
        assertEquals("..." + expr.substring(5000 - 100, 5000 + 100) + "...", lines[0]);
        assertEquals(" ".repeat(103) + "^", lines[1]);
        assertTrue(lines[0].substring(103).startsWith("rate(queue_depth[5m])"), lines[0]);
    }

    @org.junit.jupiter.api.Test
    void aSuppressedFindingIsReportedWithItsReason() {
        Query query = new Query("test", "runs_total > 5", QueryKind.ALERT, null, null, Map.of(), Map.of(), null,
                Map.of("promql/counter-without-rate", "the raw total is what we page on"));
        List<Finding> findings = CheckRegistry.standard().queryRunner().run(List.of(query), ModelCatalog.of(MODEL))
                .findings();
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(dev.obsgen.core.check.FindingSeverity.NOTE, findings.get(0).severity());
        assertTrue(findings.get(0).message().contains("reason: the raw total is what we page on"), findings.toString());
    }
}
