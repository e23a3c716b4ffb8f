package dev.obsgen.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.CollectionSampleModel;
import dev.obsgen.core.SampleModel;
import dev.obsgen.core.check.model.Suppressions;
import dev.obsgen.core.render.grafana.SampleDashboards;
import dev.obsgen.model.Observability;
import dev.obsgen.model.PrometheusSettings;
import dev.obsgen.model.alerting.NotificationPolicy;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.alerting.SeverityRoute;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.DatasourceVariable;
import dev.obsgen.model.dashboard.GrafanaUnit;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PrometheusTarget;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.AlertScenario;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.rule.Series;
import dev.obsgen.model.scrape.ScrapeJob;
import dev.obsgen.model.scrape.StaticDiscovery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checks on several threads find what they find on one, in the same order, to the byte: on a clean model, on a
 * model of the organisation-scale shape (groups of 100 alerts, dashboards of 20 panels) and on one with findings of
 * many checks spread over its rules and dashboards. A check that throws is named, on any number of threads.
 */
class ParallelChecksTest {
    private static final CheckRegistry ONE_THREAD = CheckRegistry.standard().withThreads(1);

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of("sample", (Supplier<Observability>) () -> CollectionSampleModel.builder()
                        .withDashboard(SampleDashboards.shop(SampleModel.model())).build(), 0),
                Arguments.of("scale 600/20", (Supplier<Observability>) () -> scaleModel(50, 600, 20), 0),
                Arguments.of("many findings", (Supplier<Observability>) ParallelChecksTest::manyFindings, 200),
                Arguments.of("missing values", (Supplier<Observability>) ParallelChecksTest::missingValues, 30));
    }

    /** The walk in parts, run one after another, hands every value the whole walk hands, in the same order. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void theWalkInPartsHandsTheValuesOfTheWholeWalk(String name, Supplier<Observability> model, int unused) {
        Observability walked = model.get();
        List<String> whole = new ArrayList<>();
        ModelValues.walk(walked, value -> whole.add(describe(value)));
        for (int runs : List.of(1, 3, 4)) {
            List<String> inParts = new ArrayList<>();
            ModelValues.parts(CheckedModel.of(walked), runs)
                    .forEach(part -> part.accept(value -> inParts.add(describe(value))));
            assertEquals(whole, inParts, name + " in runs of " + runs);
        }
    }

    private static String describe(ModelValue value) {
        return value.element() + " | " + value.field() + " | " + value.place() + " | " + value.required() + " | "
                + value.namesEnvironmentVariable() + " | " + System.identityHashCode(value.owner()) + " | "
                + System.identityHashCode(value.value());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void findsOnEveryNumberOfThreadsWhatOneThreadFinds(String name, Supplier<Observability> model, int atLeast) {
        Observability checked = model.get();
        List<Finding> sequential = ONE_THREAD.run(checked);
        assertTrue(sequential.size() >= atLeast, () -> name + ": " + sequential.size() + " findings");
        String expected = text(sequential);
        for (int threads : List.of(2, 3, 4)) {
            List<Finding> parallel = CheckRegistry.standard().withThreads(threads).run(checked);
            assertEquals(expected, text(parallel), name + " on " + threads + " threads");
            assertEquals(sequential, parallel, name + " on " + threads + " threads");
        }
    }

    @Test
    void theModelWithManyFindingsTripsManyChecks() {
        Set<String> ids = ONE_THREAD.run(manyFindings()).stream().map(Finding::checkId).collect(Collectors.toSet());
        assertTrue(ids.size() >= 8, () -> "only " + ids);
    }

    /**
     * What the model checks find in a run (one walk for the value checks, the rules and dashboards made once, a
     * suppression applied to what a walk found ahead) is what each finds checking the model on its own.
     */
    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2})
    void eachModelCheckFindsInARunWhatItFindsAlone(int threads) {
        Observability model = manyFindings();
        CheckRegistry registry = CheckRegistry.standard().withThreads(threads);
        CheckedModel alone = CheckedModel.of(model);
        List<Finding> expected = new ArrayList<>();
        for (ModelCheck check : registry.checks()) {
            FindingSink sink = new FindingSink(check instanceof Suppressions ? Map.of() : alone.suppressions(),
                    alone.elements(), CheckInput.MODEL);
            sink.begin(check);
            check.check(model, sink);
            expected.addAll(sink.findings());
        }
        Set<String> modelCheckIds = registry.checks().stream().map(Check::id).collect(Collectors.toSet());
        List<Finding> inRun = registry.run(model).stream().filter(f -> modelCheckIds.contains(f.checkId())).toList();
        assertEquals(text(expected), text(inRun));
        assertTrue(inRun.stream().anyMatch(f -> f.checkId().equals("secret/inline") && f.message()
                .startsWith("suppressed: ")), "a secret/inline finding suppressed on its alert");
        assertTrue(inRun.stream().anyMatch(f -> f.checkId().equals("secret/inline") && f.isError()),
                "a secret/inline finding not suppressed");
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2})
    void aCheckThatThrowsIsNamedAndTheFirstListedWins(int threads) {
        CheckedModel model = CheckedModel.of(SampleModel.model());
        List<ModelCheck> phase = List.of(new Quiet(), new ThrowsOnValues(), new Throws());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
            try (CheckRun run = CheckRun.on(threads)) {
                run.start(phase, model, CheckRun.Suppressed.NONE, CheckInput.MODEL).get();
            }
        });
        assertTrue(e.getMessage().startsWith("check test/throws-on-values failed on this model: "), e.getMessage());

        IllegalStateException later = assertThrows(IllegalStateException.class, () -> {
            try (CheckRun run = CheckRun.on(threads)) {
                run.start(List.of(new Quiet(), new Throws()), model, CheckRun.Suppressed.NONE, CheckInput.MODEL)
                        .get();
            }
        });
        assertEquals("check test/throws failed on this model: java.lang.IllegalArgumentException: broken",
                later.getMessage());
    }

    /** The parts of one walk are joined once: what a value check reads after the values, it reads once. */
    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2})
    void aValueCheckReadsAfterTheValuesOnce(int threads) {
        CountsAfterValues counting = new CountsAfterValues();
        assertThrows(IllegalStateException.class, () -> {
            try (CheckRun run = CheckRun.on(threads)) {
                run.start(List.of(counting, new ThrowsOnValues(), new Quiet()), CheckedModel.of(SampleModel.model()),
                        CheckRun.Suppressed.NONE, CheckInput.MODEL).get();
            }
        });
        assertEquals(1, counting.calls.get());
    }

    private static String text(List<Finding> findings) {
        return findings.stream().map(Finding::format).collect(Collectors.joining("\n"));
    }

    /** Benchmarks' ScaleModel, small: gauges of one job, alerts in groups of 100, dashboards of 20 panels. */
    static Observability scaleModel(int gauges, int alerts, int dashboards) {
        String job = "scale-exporter";
        Observability.Builder model = Observability.named("scale")
                .withScrapeJobs(List.of(ScrapeJob.named(job).interval("30s")
                        .discovery(StaticDiscovery.of("scale-exporter.monitoring.svc:9100")).build()))
                .prometheus(new PrometheusSettings("30s", "10s", "30s", Map.of("environment", "production"),
                        List.of("alertmanager:9093")).withQueryUrl("http://prometheus:9090"))
                .notifications(NotificationPolicy.builder().groupBy("alertname", "job").defaultReceiver("oncall")
                        .withRoute(SeverityRoute.always(Severity.CRITICAL, "oncall"))
                        .withRoute(SeverityRoute.always(Severity.WARNING, "oncall"))
                        .withRoute(SeverityRoute.always(Severity.INFO, "oncall"))
                        .withReceiver(Receiver.named("oncall")).build());
        for (int g = 0; g < gauges; g++) {
            model.withMetric(Metric.gauge(gauge(g)).help("Queue depth of worker pool " + g + ".")
                    .withLabels("queue").job(job).build());
        }
        for (int first = 0; first < alerts; first += 100) {
            RuleGroup.Builder group = RuleGroup.named("scale-" + (first / 100));
            for (int a = first; a < Math.min(alerts, first + 100); a++) {
                group.withRule(scaleAlert(a, gauge(a % gauges), job));
            }
            model.withRuleGroup(group);
        }
        for (int d = 0; d < dashboards; d++) {
            Dashboard.Builder dashboard = Dashboard.builder("scale-pool-" + d, "Worker pools " + d)
                    .description("Queue depth of twenty worker pools.").folder("Scale").withTag("scale")
                    .withVariable(DatasourceVariable.prometheus());
            for (int p = 0; p < 20; p++) {
                String gauge = gauge((d * 20 + p) % gauges);
                dashboard.withPanel(Panel.timeseries("Queue depth " + gauge)
                        .description("Items waiting in each queue of the pool.").unit(GrafanaUnit.SHORT)
                        .withTarget(PrometheusTarget.builder("max by (queue) (" + gauge + "{job=\"" + job + "\"})")
                                .legendFormat("{{queue}}")));
            }
            model.withDashboard(dashboard.build());
        }
        return model.build();
    }

    private static AlertRule.Builder scaleAlert(int index, String gauge, String job) {
        Series high = Series.of(gauge).label("job", job).label("queue", "orders").values("500x20");
        Series low = Series.of(gauge).label("job", job).label("queue", "orders").values("10x20");
        return Rule.alert("QueueBacklog" + index)
                .expr("max by (queue) (" + gauge + "{job=\"" + job + "\"}) > " + (100 + index % 50))
                .forDuration("5m").severity(index % 3 == 0 ? Severity.CRITICAL : Severity.WARNING)
                .summary("Queue backlog " + index + " is high.")
                .description("Queue {{ $labels.queue }} holds {{ $value }} items.")
                .runbookUrl("https://runbooks.example.com/scale/queue-backlog")
                .withScenario(AlertScenario.fires("the backlog stays high").at("10m").withInput(high)
                        .withAlert(Map.of("queue", "orders"), Map.of("description", "Queue orders holds 500 items.")))
                .withScenario(AlertScenario.calm("the backlog stays low").at("10m").withInput(low));
    }

    private static String gauge(int index) {
        return "worker_pool_" + index + "_queue_depth";
    }

    /**
     * The sample with 120 alerts in groups of 30, each with one of six mistakes, some suppressing a check, and
     * dashboards whose panels read undeclared metrics or count without a rate: findings of many model and query
     * checks, spread over every part the queries are cut into.
     */
    static Observability manyFindings() {
        Observability.Builder model = CollectionSampleModel.builder()
                .withDashboard(SampleDashboards.shop(SampleModel.model()));
        for (int first = 0; first < 120; first += 30) {
            RuleGroup.Builder group = RuleGroup.named("mistakes-" + first / 30).interval("30s");
            for (int i = first; i < first + 30; i++) {
                group.withRule(mistake(i));
            }
            model.withRuleGroup(group);
        }
        for (int d = 0; d < 6; d++) {
            Dashboard.Builder dashboard = Dashboard.builder("mistakes-" + d, "Mistakes " + d).description("Mistakes.")
                    .withVariable(DatasourceVariable.prometheus());
            for (int p = 0; p < 8; p++) {
                String expr = p % 2 == 0 ? "sum(rate(undeclared_" + p + "_total[$__rate_interval]))"
                        : "sum(http_requests_total)";
                dashboard.withPanel(Panel.timeseries("Panel " + p).description("A panel.")
                        .unit(GrafanaUnit.SHORT).withTarget(PrometheusTarget.builder(expr)));
            }
            model.withDashboard(dashboard.build());
        }
        return model.build();
    }

    private static AlertRule.Builder mistake(int i) {
        String description = switch (i % 6) {
            case 2 -> "Queue {{ $lables.queue }} is deep.";
            case 3 -> "See https://hooks.slack.com/services/T0/B0/XXXXXXXX for help.";
            default -> "Queue {{ $labels.queue }} holds {{ $value }} items.";
        };
        String expr = switch (i % 6) {
            case 0 -> "no_such_metric_" + i + " > 1";
            case 1 -> "http_requests_total > " + i;
            case 4 -> "rate(queue_depth[5m]) > " + i;
            default -> "queue_depth{queue=\"q" + i + "\"} > 100";
        };
        AlertRule.Builder alert = Rule.alert(i % 6 == 5 ? "queue_backlog_" + i : "QueueBacklog" + i).expr(expr)
                .forDuration(i % 10 == 7 ? "five minutes" : "5m").severity(Severity.WARNING)
                .summary("Queue backlog.").description(description).runbook("queue-backlog")
                .withScenario(AlertScenario.fires("deep queue").at("10m")
                        .withInput(Series.of("queue_depth").label("queue", "q").values("600x20"))
                        .withAlert(Map.of(), Map.of("description", description)))
                .withScenario(AlertScenario.calm("shallow queue").at("10m")
                        .withInput(Series.of("queue_depth").label("queue", "q").values("5x20")));
        if (i % 9 == 0) {
            alert.suppress("promql/unknown-metric", "a metric another team declares");
        }
        if (i % 6 == 3 && i % 4 == 1) {
            alert.suppress("secret/inline", "a hook of the test's own");
        }
        if (i % 11 == 0) {
            alert.suppress("no/such-check", "a typo");
        }
        return alert;
    }

    /** The scale shape with a help, an annotation's value and a dashboard title missing here and there. */
    static Observability missingValues() {
        Observability model = scaleModel(40, 400, 12);
        Observability.Builder broken = model.toBuilder().metrics(List.of()).ruleGroups(List.of()).dashboards(List.of());
        for (int i = 0; i < model.metrics().size(); i++) {
            Metric metric = model.metrics().get(i);
            broken.withMetric(i % 7 == 3 ? Metric.gauge(metric.name()).help(null).withLabels("queue")
                    .job("scale-exporter").build() : metric);
        }
        for (int g = 0; g < model.ruleGroups().size(); g++) {
            RuleGroup.Builder group = RuleGroup.named(model.ruleGroups().get(g).name());
            for (int a = 0; a < 100; a++) {
                int index = g * 100 + a;
                AlertRule.Builder alert = scaleAlert(index, "worker_pool_" + index % 40 + "_queue_depth",
                        "scale-exporter");
                group.withRule(index % 13 == 5 ? alert.annotation("owner", null) : alert);
            }
            broken.withRuleGroup(group);
        }
        for (int d = 0; d < model.dashboards().size(); d++) {
            Dashboard dashboard = model.dashboards().get(d);
            broken.withDashboard(d % 4 == 1 ? Dashboard.builder(dashboard.uid(), null)
                    .withVariable(DatasourceVariable.prometheus()).build() : dashboard);
        }
        return broken.build();
    }

    @CheckDefinition(id = "test/quiet", severity = FindingSeverity.ERROR, summary = "Finds nothing.")
    private static final class Quiet implements ModelCheck {
        @Override
        public void check(Observability model, FindingSink findings) {
        }
    }

    @CheckDefinition(id = "test/throws", severity = FindingSeverity.ERROR, summary = "Throws.")
    private static final class Throws implements ModelCheck {
        @Override
        public void check(Observability model, FindingSink findings) {
            throw new IllegalArgumentException("broken");
        }
    }

    @CheckDefinition(id = "test/counts", severity = FindingSeverity.NOTE, summary = "Counts its reading after values.")
    private static final class CountsAfterValues implements ValueCheck {
        private final AtomicInteger calls = new AtomicInteger();

        @Override
        public Consumer<ModelValue> visitor(FindingSink findings) {
            return value -> {
            };
        }

        @Override
        public void checkAfterValues(Observability model, FindingSink findings) {
            calls.incrementAndGet();
        }
    }

    @CheckDefinition(id = "test/throws-on-values", severity = FindingSeverity.ERROR, summary = "Throws on a value.")
    private static final class ThrowsOnValues implements ValueCheck {
        @Override
        public Consumer<ModelValue> visitor(FindingSink findings) {
            return value -> {
                if (value.value() instanceof String) {
                    throw new IllegalArgumentException("broken on a text");
                }
            };
        }
    }
}
