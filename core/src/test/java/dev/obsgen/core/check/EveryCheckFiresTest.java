package dev.obsgen.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.CollectionSampleModel;
import dev.obsgen.core.SampleModel;
import dev.obsgen.core.SampleTeams;
import dev.obsgen.core.check.promql.NameCatalog;
import dev.obsgen.core.lint.Lint;
import dev.obsgen.core.lint.LintProblem;
import dev.obsgen.core.render.grafana.DashboardFormat;
import dev.obsgen.core.render.grafana.SampleDashboards;
import dev.obsgen.core.team.Composition;
import dev.obsgen.core.verify.FakePrometheus;
import dev.obsgen.core.verify.FakePrometheus.ServedRule;
import dev.obsgen.core.verify.FakePrometheus.Target;
import dev.obsgen.core.verify.ServerAccess;
import dev.obsgen.core.verify.Verification;
import dev.obsgen.core.verify.VerifyShopModel;
import dev.obsgen.model.Observability;
import dev.obsgen.model.PrometheusSettings;
import dev.obsgen.model.alerting.NotificationPolicy;
import dev.obsgen.model.alerting.PagerDuty;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.alerting.SeverityRoute;
import dev.obsgen.model.alerting.Slack;
import dev.obsgen.model.alerting.TimeInterval;
import dev.obsgen.model.collection.Agent;
import dev.obsgen.model.collection.Collection;
import dev.obsgen.model.collection.CollectorExporter;
import dev.obsgen.model.collection.CollectorProcessor;
import dev.obsgen.model.collection.FluentBitAgent;
import dev.obsgen.model.collection.IndexTemplate;
import dev.obsgen.model.collection.LogParser;
import dev.obsgen.model.collection.Node;
import dev.obsgen.model.collection.OtelCollector;
import dev.obsgen.model.collection.OtlpReceiver;
import dev.obsgen.model.collection.SearchEngine;
import dev.obsgen.model.collection.SearchStore;
import dev.obsgen.model.collection.Signal;
import dev.obsgen.model.collection.Store;
import dev.obsgen.model.collection.Tls;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.DatasourceVariable;
import dev.obsgen.model.dashboard.GrafanaUnit;
import dev.obsgen.model.dashboard.GridPos;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PanelBuilder;
import dev.obsgen.model.dashboard.PrometheusTarget;
import dev.obsgen.model.dashboard.QueryVariable;
import dev.obsgen.model.log.FieldType;
import dev.obsgen.model.log.LogEvent;
import dev.obsgen.model.log.LogLevel;
import dev.obsgen.model.log.LogRecordSchema;
import dev.obsgen.model.log.Logs;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.metric.Unit;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.AlertScenario;
import dev.obsgen.model.rule.RecordingExample;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.rule.Series;
import dev.obsgen.model.scrape.ScrapeJob;
import dev.obsgen.model.scrape.StaticDiscovery;
import dev.obsgen.model.slo.Sli;
import dev.obsgen.model.slo.Slo;
import dev.obsgen.model.trace.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every registered check fires on one row of this table and stays quiet on a correct input. Each row is a correct
 * baseline with one mistake, run through a public entry point: the registry on a model (model and query checks), the
 * registry on a platform and its teams (composition checks), lint on a rule file (the checks of rule files without a
 * model), or verification against a stand-in Prometheus (the comparisons with a running server). The baselines are
 * clean of every check, so a row's quiet half means something, and a row's mistake fires its own check and no other.
 * The table's ids are exactly the registry's, so a new check without a row, or a row for a check that is gone, fails
 * here.
 */
class EveryCheckFiresTest {
    private static final CheckRegistry REGISTRY = CheckRegistry.standard();

    @TempDir
    Path dir;

    /** A finding from any entry point: the check's id and the line it prints, which names the element. */
    record Found(String checkId, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** The four ways checks run, each with its correct input. */
    enum Entry {
        /** The shop model with logs, spans, collection and the sample dashboard, through the registry. */
        MODEL(dir -> model(b -> b)),
        /** The shop platform with its teams checkout and search, through the registry. */
        COMPOSITION(dir -> composition(b -> b)),
        /** A rule file with an alert and a recording rule, through lint without a model. */
        LINT(dir -> lint(dir, text -> text)),
        /** The verification shop and a server faithful to it. */
        VERIFY(dir -> verify(fake -> { }));

        private final Function<Path, List<Found>> baseline;

        Entry(Function<Path, List<Found>> baseline) {
            this.baseline = baseline;
        }
    }

    /** One check, one mistake: the entry point it goes through, and a fragment the finding's line must contain. */
    record Row(String checkId, String mistake, Entry entry, String fragment, Function<Path, List<Found>> bad) {
        @Override
        public String toString() {
            return checkId + ": " + mistake;
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                // Structure: values present, names that become paths, SLO definitions.
                model("model/missing-value", "a metric without help", "metric 'queue_age': help is null",
                        b -> b.withMetric(Metric.gauge("queue_age").help(null).job("api").build())),
                model("output/path-name", "a group named like a path out of the folder", "'../../etc'",
                        b -> b.withRuleGroup(RuleGroup.named("../../etc").withRule(recording("job:queue_depth:max",
                                "max by (job) (queue_depth)")).build())),
                model("output/path-collision", "two groups whose names differ in case only", "'Shop-alerts'",
                        b -> b.withRuleGroup(RuleGroup.named("Shop-alerts").withRule(recording("job:queue_depth:max",
                                "max by (job) (queue_depth)")).build())),
                model("slo/definition", "an objective of 100%", "SLO 'requests'",
                        b -> b.withSlo(Slo.named("requests").service("shop-api").objective(100).description("d")
                                .sli(Sli.errors("http_requests_total{code=\"500\"}", "http_requests_total"))
                                .alert("ShopApiErrorBudgetBurn").runbook("shop-api-error-budget"))),
                // The model as a whole.
                model("model/unique-names", "a metric declared twice", "metric 'queue_depth'",
                        b -> b.withMetric(Metric.gauge("queue_depth").help("Again.").job("api").build())),
                model("metric/name", "a metric name with a dash", "'queue-depth' is not a valid metric name",
                        b -> b.withMetric(Metric.gauge("queue-depth").help("Items.").job("api").build())),
                model("metric/counter-suffix", "a counter without _total", "rename it to 'jobs_done_total'",
                        b -> b.withMetric(Metric.counter("jobs_done").help("Jobs.").job("api").build())),
                model("metric/unit-suffix", "a unit the name contradicts", "metric 'wait_seconds'",
                        b -> b.withMetric(Metric.gauge("wait_seconds").help("Wait.").unit(Unit.BYTES).job("api")
                                .build())),
                model("metric/scrape-job", "a metric of an undeclared job", "scrape job 'nowhere'",
                        b -> b.withMetric(Metric.gauge("orphan").help("Orphan.").job("nowhere").build())),
                model("alert/name", "an alert name in snake case", "alert 'queue_backlog_high'",
                        b -> withAlert(b, alert("queue_backlog_high", "queue_depth > 500"))),
                model("alert/severity", "a severity no route knows", "severity 'urgent'",
                        b -> withAlert(b, alert("QueueFull", "queue_depth > 500").label("severity", "urgent"))),
                model("alert/annotations", "an alert without a runbook", "alert 'QueueFull' in group 'extra': has no runbook",
                        b -> withAlert(b, alert("QueueFull", "queue_depth > 500").runbook(null))),
                model("alert/scenarios", "an alert without a calm scenario", "alert 'QueueFull' in group 'extra'",
                        b -> withAlert(b, Rule.alert("QueueFull").expr("queue_depth > 500").forDuration("5m")
                                .severity(Severity.WARNING).summary("Queue full.").description("Queue full.")
                                .runbook("queue-full").withScenario(AlertScenario.fires("deep queue").at("10m")
                                        .withInput(Series.of("queue_depth").label("queue", "q").values("600x20"))))),
                model("recording/examples", "a recording rule without an example", "recording rule 'job:queue_depth:max'",
                        b -> b.withRuleGroup(RuleGroup.named("extra").withRule(Rule.record("job:queue_depth:max")
                                .expr("max by (job) (queue_depth)")).build())),
                model("recording/name", "a recording rule not named level:metric:operations", "recording rule 'queue_max'",
                        b -> b.withRuleGroup(RuleGroup.named("extra").withRule(recording("queue_max",
                                "max by (job) (queue_depth)")).build())),
                model("model/duration", "a for that is not a duration", "for '5 minutes' is not a duration",
                        b -> withAlert(b, alert("QueueFull", "queue_depth > 500").forDuration("5 minutes"))),
                model("alertmanager/routing", "a route to an undeclared receiver", "receiver 'pager'",
                        b -> b.notifications(NotificationPolicy.builder().groupBy("alertname").defaultReceiver("team")
                                .withRoute(SeverityRoute.always(Severity.CRITICAL, "pager"))
                                .withRoute(SeverityRoute.always(Severity.WARNING, "team"))
                                .withRoute(SeverityRoute.always(Severity.INFO, "team"))
                                .withReceiver(Receiver.named("team", Slack.channel("#shop", "/run/secrets/slack")))
                                .build())),
                model("secret/inline", "an AWS key in an annotation", "annotation 'aws_key' contains an AWS access key id",
                        b -> withAlert(b, alert("QueueFull", "queue_depth > 500")
                                .annotation("aws_key", "AKIAIOSFODNN7EXAMPLE"))),
                // Dashboards: each row adds one dashboard, correct but for the mistake.
                model("dashboard/uid", "a uid with capitals and an underscore", "dashboard 'Shop_Traffic'",
                        b -> b.withDashboard(dashboard("Shop_Traffic", timeseries(RATE)))),
                // The dashboard builder refuses these two; a dashboard record made without it can still have them.
                model("dashboard/panel-ids", "two panels with one id", "dashboard 'shop-traffic'",
                        b -> b.withDashboard(placed(dashboard("shop-traffic", timeseries(RATE)).build(),
                                timeseries(RATE).build().placed(1, new GridPos(8, 12, 0, 0)),
                                timeseries(RATE).build().placed(1, new GridPos(8, 12, 12, 0))))),
                model("dashboard/layout", "a panel beyond column 24", "dashboard 'shop-traffic'",
                        b -> b.withDashboard(placed(dashboard("shop-traffic", timeseries(RATE)).build(),
                                timeseries(RATE).build().placed(1, new GridPos(8, 12, 16, 0))))),
                model("dashboard/datasource", "a dashboard without a data source variable", "dashboard 'shop-traffic'",
                        b -> b.withDashboard(Dashboard.builder("shop-traffic", "Traffic").withPanel(timeseries(RATE)))),
                model("dashboard/panel-metadata", "a panel without a description", "panel 'Requests'",
                        b -> b.withDashboard(dashboard("shop-traffic", Panel.timeseries("Requests")
                                .unit(GrafanaUnit.REQUESTS_PER_SECOND).withTarget(PrometheusTarget.builder(RATE))))),
                model("dashboard/panel-metric", "a panel showing a metric the model does not declare",
                        "'http_requestz_total'", b -> b.withDashboard(dashboard("shop-traffic", timeseries(RATE)
                                .metric(Metric.counter("http_requestz_total").build())))),
                model("dashboard/rate-interval", "a rate over a fixed 5m", "dashboard 'shop-traffic'",
                        b -> b.withDashboard(dashboard("shop-traffic",
                                timeseries("sum(rate(http_requests_total[5m]))")))),
                model("dashboard/variable-refresh", "a query variable refreshed only on load", "'path'",
                        b -> b.withDashboard(dashboard("shop-traffic", timeseries(RATE))
                                .withVariable(QueryVariable.builder("path", "label_values(http_requests_total, path)")
                                        .refresh(QueryVariable.Refresh.ON_DASHBOARD_LOAD)))),
                new Row("dashboard/v2-format", "a library panel reference in a dashboard written as v2", Entry.MODEL,
                        "panel 'Requests' of dashboard 'shop-traffic'", dir -> found(CheckRegistry.standard(DashboardFormat.V2)
                                .run(CollectionSampleModel.builder().withDashboard(SampleDashboards.shop(SampleModel.model()))
                                        .withDashboard(dashboard("shop-traffic", timeseries(RATE)
                                                .rawField("libraryPanel", Map.of("uid", "lib", "name", "Lib")))).build()))),
                model("dashboard/heatmap-histogram", "a heatmap of buckets not kept by le", "panel 'Latency'",
                        b -> b.withDashboard(dashboard("shop-traffic", Panel.heatmap("Latency").description("Latency.")
                                .unit(GrafanaUnit.SECONDS).withTarget(PrometheusTarget.builder(
                                        "sum(rate(http_request_duration_seconds_bucket[$__rate_interval]))")
                                        .legendFormat("{{le}}").format(PrometheusTarget.Format.HEATMAP))))),
                model("dashboard/unknown-metric", "a variable over a misspelt metric", "http_requestz_total",
                        b -> b.withDashboard(dashboard("shop-traffic", timeseries(RATE))
                                .withVariable(QueryVariable.builder("path", "label_values(http_requestz_total, path)")))),
                // Traces, logs and collection.
                model("trace/span-tree", "a span under an undeclared parent", "span 'shop.refund'",
                        b -> b.withSpan(Span.child("shop.refund", "shop.order"))),
                model("log/event-fields", "an event field the record does not have", "log event 'Refund'",
                        b -> b.logs(logs(CollectionSampleModel.logs().record(), l -> l.withEvent(
                                LogEvent.named("Refund", LogLevel.INFO, "Refunded")
                                        .withField("context.refund_id", FieldType.KEYWORD))))),
                model("log/index-mapping", "a record field that is also an object", "field 'context'",
                        b -> b.logs(logs(record(r -> r.withField("context", FieldType.KEYWORD, "Context.")), l -> l))),
                model("log/index-pattern", "an index no pattern of its template matches", "index 'shop-events'",
                        b -> b.collection(collection(List.of(elasticsearch("ES_USER", "ES_PASSWORD", "shop-events")),
                                c -> c))),
                model("log/time-format", "a parser format that misses the fraction", "'%Y-%m-%dT%H:%M:%SZ'",
                        b -> b.collection(collection(List.of(fluentBit("staging: eu #1",
                                LogParser.json("shop_json", "timestamp", "%Y-%m-%dT%H:%M:%SZ"))), c -> c))),
                model("otel/pipeline", "batch before memory_limiter", "pipeline 'metrics'",
                        b -> b.collection(collection(
                                List.of(CollectionSampleModel.otelCollector(List.of("batch", "memory_limiter"))), c -> c))),
                model("collection/topology", "a link to an undeclared store", "'loki'",
                        b -> b.collection(collection(List.of(), c -> c.withLink("fluent-bit", Signal.LOGS, "loki")))),
                model("secret/collector", "a password instead of its variable", "store 'elasticsearch'",
                        b -> b.collection(collection(List.of(elasticsearch("elastic", "s3cret", "shop-logs-staging")),
                                c -> c))),
                model("fluentbit/classic-value", "an added value with a line break", "agent 'fluent-bit'",
                        b -> b.collection(collection(List.of(fluentBit("staging\nprod",
                                LogParser.json("shop_json", "timestamp", CollectionSampleModel.TIMESTAMP_FORMAT))),
                                c -> c))),
                model("model/suppression", "a suppression of an id that does not exist", "alert/scenario",
                        b -> withAlert(b, alert("QueueFull", "queue_depth > 500").suppress("alert/scenario",
                                "the scenarios live in the integration tests"))),
                // PromQL: every expression of the model goes through the query checks.
                model("promql/syntax", "an unclosed parenthesis", "alert 'QueueFull'",
                        b -> withAlert(b, alert("QueueFull", "rate(queue_depth[5m] > 1"))),
                model("promql/unknown-metric", "a misspelt metric", "queue_dept",
                        b -> withAlert(b, alert("QueueFull", "queue_dept > 500"))),
                model("promql/unknown-label", "a label the metric does not have", "queues",
                        b -> withAlert(b, alert("QueueFull", "queue_depth{queues=\"a\"} > 500"))),
                model("promql/label-value", "a value outside the label's closed set", "404",
                        b -> withAlert(b, alert("ErrorsHigh", "sum(rate(http_requests_total{code=\"404\"}[5m])) > 1"))),
                model("promql/counter-without-rate", "a raw counter compared", "http_requests_total",
                        b -> withAlert(b, alert("RequestsHigh", "http_requests_total > 5"))),
                model("promql/rate-on-gauge", "a rate of a gauge", "queue_depth",
                        b -> withAlert(b, alert("QueueGrowing", "rate(queue_depth[5m]) > 1"))),
                model("promql/histogram-quantile", "a quantile of buckets summed without le", "alert 'LatencyHigh'",
                        b -> withAlert(b, alert("LatencyHigh", "histogram_quantile(0.99, "
                                + "sum(rate(http_request_duration_seconds_bucket[5m]))) > 1"))),
                model("promql/rate-range", "a rate over less than two scrapes", "alert 'RequestsHigh'",
                        b -> withAlert(b, alert("RequestsHigh", "sum(rate(http_requests_total[15s])) > 1"))),
                model("promql/self-ratio", "a ratio of a selection to itself with a label only on top", "alert 'ErrorsHigh'",
                        b -> withAlert(b, alert("ErrorsHigh", "rate(http_requests_total{code=\"500\"}[5m]) "
                                + "/ rate(http_requests_total[5m]) > 0.1"))),
                model("promql/impossible-match", "a division of sums by different labels", "alert 'QueueSlow'",
                        b -> withAlert(b, alert("QueueSlow", "sum by (path) (rate(http_requests_total[5m])) "
                                + "/ sum by (queue) (queue_depth) > 1"))),
                model("alert/comparison", "an alert expression without a comparison", "alert 'RequestsFlowing'",
                        b -> withAlert(b, alert("RequestsFlowing", "sum(rate(http_requests_total[5m]))"))),
                model("alert/for", "a for shorter than the group's interval", "alert 'QueueFull'",
                        b -> withAlert(b, alert("QueueFull", "queue_depth > 500").forDuration("10s"))),
                model("alert/template", "an unknown template function", "function \"humanise\" not defined",
                        b -> withAlert(b, alert("QueueFull", "queue_depth > 500",
                                "{{ $value | humanise }} items wait."))),
                model("alert/template-label", "a label the expression aggregates away", "$labels.path",
                        b -> withAlert(b, alert("ErrorsHigh", "sum by (code) (rate(http_requests_total[5m])) > 1",
                                "Path {{ $labels.path }} fails."))),
                model("alert/template-query", "a template query that does not parse", "alert 'QueueFull'",
                        b -> withAlert(b, alert("QueueFull", "queue_depth > 500",
                                "{{ with query \"sum(queue_depth\" }}{{ . | first | value }}{{ end }} items wait."))),
                model("alert/value-format", "a ratio printed raw", "alert 'ErrorsHigh'",
                        b -> withAlert(b, alert("ErrorsHigh", "sum(rate(http_requests_total{code=\"500\"}[5m])) "
                                + "/ sum(rate(http_requests_total[5m])) > 0.01", "Error ratio {{ $value }}."))),
                model("alert/value-in-label", "the value in a label", "label 'current'",
                        b -> withAlert(b, alert("QueueFull", "queue_depth > 500")
                                .label("current", "{{ $value | humanize }}"))),
                model("grafana/data-source", "dashboards with no Prometheus URL to query", "queryUrl is not set",
                        b -> b.prometheus(PrometheusSettings.defaults())),
                model("promql/experimental", "an experimental function", "sort_by_label",
                        b -> withAlert(b, alert("QueueFull", "sort_by_label(queue_depth, \"queue\") > 500"))),
                // A platform and its teams together.
                composition("team/scope", "a team declaring a scrape job", "scrape job 'checkout' of team 'checkout'",
                        t -> t.withScrapeJob(ScrapeJob.named("checkout").discovery(StaticDiscovery.of("checkout:80"))
                                .build())),
                composition("team/conflict", "a team alert named like the platform's", "has the name of alert 'QueueBacklog'",
                        t -> t.withRuleGroup(RuleGroup.named("checkout-more").withRule(Rule.alert("QueueBacklog")
                                .expr("queue_depth > 5").severity(Severity.INFO).summary("s").description("d")
                                .runbook("checkout-queue")).build())),
                composition("team/operator-routing", "two secret files with one name", "receiver 'checkout-slack' of team 'checkout'",
                        t -> t.notifications(checkoutPolicy("/run/secrets/slack/url", "/run/secrets/pager/url"))),
                // Rule files without a model.
                lint("lint/input", "a rule without an expression", "rule 'ApiSlow' has no 'expr'",
                        text -> text + "      - alert: ApiSlow\n        for: 5m\n"),
                // The model's rule checks, run by lint on what it read.
                lint("model/unique-names", "the same rule written twice", "ApiDown",
                        text -> text + API_DOWN),
                lint("alert/name", "an alert name in snake case", "api_down_again",
                        text -> text + API_DOWN.replace("ApiDown", "api_down_again")),
                // A running server that drifted from the model.
                verify("verify/job-missing", "a job the server does not scrape", "job 'payments'",
                        fake -> fake.jobs.remove(fake.job("payments"))),
                verify("verify/scrape-interval", "a slower scrape interval", "job 'orders'",
                        fake -> fake.jobs.set(fake.jobs.indexOf(fake.job("orders")),
                                new FakePrometheus.Job("orders", "1m", fake.job("orders").targets()))),
                verify("verify/target-missing", "a target the server does not scrape", "job 'orders'",
                        fake -> fake.job("orders").targets().clear()),
                verify("verify/target-unexpected", "a target the model does not list", "job 'orders'",
                        fake -> fake.job("orders").targets().add(new Target("orders-old.shop:8080", "up", ""))),
                verify("verify/target-down", "a target that is down", "job 'payments'",
                        fake -> fake.job("payments").targets().set(0,
                                new Target(VerifyShopModel.PAYMENTS_TARGET, "down", "connection refused"))),
                verify("verify/metric-missing", "a metric the job no longer exposes", "metric 'payments_pending'",
                        fake -> fake.series.removeIf(s -> "payments_pending".equals(s.get("__name__")))),
                verify("verify/metric-undeclared", "a metric the model does not declare", "job 'payments'",
                        fake -> fake.add("payments_debug_flag", "payments", VerifyShopModel.PAYMENTS_TARGET)),
                verify("verify/metric-type", "a counter served as a gauge", "metric 'payments_processed_total'",
                        fake -> fake.meta("payments", "payments_processed_total", "gauge", "")),
                verify("verify/metric-unit", "metadata announcing another unit", "metric 'orders_latency_seconds'",
                        fake -> fake.meta("orders", "orders_latency_seconds", "histogram", "milliseconds")),
                verify("verify/label-undeclared", "a label the model does not declare", "metric 'payments_processed_total'",
                        fake -> fake.label("payments_processed_total", "region", "eu")),
                verify("verify/label-missing", "a declared label no series carries", "metric 'orders_queue_depth'",
                        fake -> fake.label("orders_queue_depth", "queue", null)),
                verify("verify/label-value", "a value outside a closed set", "metric 'payments_processed_total'",
                        fake -> fake.add("payments_processed_total", "payments", VerifyShopModel.PAYMENTS_TARGET,
                                "method", "cash")),
                verify("verify/rule-missing", "a recording rule the server has not loaded",
                        "recording rule 'job:orders_placed:rate5m'",
                        fake -> fake.rules.removeIf(r -> r.name().equals("job:orders_placed:rate5m"))),
                verify("verify/rule-expr", "an alert with another expression", "alert 'PaymentsBacklog'",
                        fake -> fake.rules.replaceAll(r -> r.name().equals("PaymentsBacklog")
                                ? new ServedRule(r.group(), r.name(), true, "payments_pending > 1000") : r)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void firesOnTheMistakeAndStaysQuietOnTheBaseline(Row row) {
        List<Found> bad = row.bad().apply(dir);
        List<Found> matching = bad.stream()
                .filter(f -> f.checkId().equals(row.checkId()) && f.text().contains(row.fragment())).toList();
        assertTrue(!matching.isEmpty(), () -> "expected a " + row.checkId() + " finding containing '" + row.fragment()
                + "', got:\n" + lines(bad));
        Set<String> ids = bad.stream().map(Found::checkId).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(row.checkId()), ids, () -> "the row's one mistake fires other checks too:\n" + lines(bad));
        List<Found> quiet = row.entry().baseline.apply(dir).stream()
                .filter(f -> f.checkId().equals(row.checkId())).toList();
        assertEquals(List.of(), quiet, () -> row.checkId() + " fires on the " + row.entry() + " baseline");
    }

    @ParameterizedTest
    @EnumSource(Entry.class)
    void eachBaselineIsCleanOfEveryCheck(Entry entry) {
        List<Found> findings = entry.baseline.apply(dir);
        assertEquals(List.of(), findings, () -> lines(findings));
    }

    @Test
    void theTableHasARowForEveryRegisteredCheckAndNoOther() {
        List<String> registered = REGISTRY.allChecks().stream().map(Check::id).toList();
        assertEquals(registered.size(), new TreeSet<>(registered).size(), () -> "an id is registered twice: " + registered);
        Set<String> inTable = rows().map(Row::checkId).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(registered), inTable);
    }

    @Test
    void eachEntryPointHasRows() {
        Set<Entry> used = rows().map(Row::entry).collect(Collectors.toSet());
        assertEquals(Set.of(Entry.values()), used);
    }

    private static String lines(List<Found> findings) {
        return findings.stream().map(Found::text).collect(Collectors.joining("\n"));
    }

    // --- The model: the shop with logs, spans, collection and the sample dashboard.

    private static final String RATE = "sum(rate(http_requests_total[$__rate_interval]))";

    private static Row model(String id, String mistake, String fragment, UnaryOperator<Observability.Builder> change) {
        return new Row(id, mistake, Entry.MODEL, fragment, dir -> model(change));
    }

    private static List<Found> model(UnaryOperator<Observability.Builder> change) {
        Observability.Builder builder = CollectionSampleModel.builder()
                .withDashboard(SampleDashboards.shop(SampleModel.model()));
        return found(REGISTRY.run(change.apply(builder).build()));
    }

    private static List<Found> found(List<Finding> findings) {
        return findings.stream().map(f -> new Found(f.checkId(), f.format())).toList();
    }

    /** A correct alert; rows change one thing of it. */
    private static AlertRule.Builder alert(String name, String expr) {
        return alert(name, expr, "Something is wrong.");
    }

    /** A correct alert with this description, which its firing scenario states as the text it expects. */
    private static AlertRule.Builder alert(String name, String expr, String description) {
        return Rule.alert(name).expr(expr).forDuration("5m").severity(Severity.WARNING)
                .summary("Something is wrong.").description(description).runbook("something-wrong")
                .withScenario(AlertScenario.fires("deep queue").at("10m")
                        .withInput(Series.of("queue_depth").label("queue", "q").values("600x20"))
                        .withAlert(Map.of(), Map.of("description", description)))
                .withScenario(AlertScenario.calm("shallow queue").at("10m")
                        .withInput(Series.of("queue_depth").label("queue", "q").values("5x20")));
    }

    private static Observability.Builder withAlert(Observability.Builder model, AlertRule.Builder alert) {
        return model.withRuleGroup(RuleGroup.named("extra").interval("30s").withRule(alert).build());
    }

    private static Rule recording(String name, String expr) {
        return Rule.record(name).expr(expr).withExample(RecordingExample.named("steady").at("10m")
                .withInput(Series.of("queue_depth").label("job", "api").label("queue", "q")
                        .values("5x15"))
                .withSample(5, "job", "api")).build();
    }

    private static Dashboard.Builder dashboard(String uid, PanelBuilder<?, ?> panel) {
        return Dashboard.builder(uid, "Traffic").description("Traffic.").withVariable(DatasourceVariable.prometheus())
                .withPanel(panel);
    }

    /** The dashboard with these panels, placed as given. */
    private static Dashboard placed(Dashboard d, Panel... panels) {
        return new Dashboard(d.uid(), d.title(), d.description(), d.tags(), d.folder(), d.time(), d.refresh(),
                d.timezone(), d.graphTooltip(), d.editable(), d.links(), d.variables(), d.annotations(), List.of(panels),
                d.rows());
    }

    private static PanelBuilder<?, ?> timeseries(String expr) {
        return Panel.timeseries("Requests").description("Requests per second.").unit(GrafanaUnit.REQUESTS_PER_SECOND)
                .withTarget(PrometheusTarget.builder(expr));
    }

    private static LogRecordSchema record(UnaryOperator<LogRecordSchema.Builder> change) {
        LogRecordSchema sample = CollectionSampleModel.logs().record();
        LogRecordSchema.Builder record = LogRecordSchema.timestamp(sample.timestampField(), sample.timestampExample());
        sample.fields().forEach(f -> record.withField(f.path(), f.type(), f.description()));
        return change.apply(record).build();
    }

    private static Logs.Builder logs(LogRecordSchema record, UnaryOperator<Logs.Builder> change) {
        Logs sample = CollectionSampleModel.logs();
        Logs.Builder logs = Logs.of(record);
        sample.events().forEach(logs::withEvent);
        sample.sources().forEach(logs::withSource);
        return change.apply(logs);
    }

    /** The sample collection with the agents and stores of {@code replacements} in place of those of their names. */
    private static Collection.Builder collection(List<Node> replacements, UnaryOperator<Collection.Builder> change) {
        Collection sample = CollectionSampleModel.collection();
        Map<String, Node> replacing = replacements.stream().collect(Collectors.toMap(Node::name, n -> n));
        Collection.Builder collection = Collection.builder();
        sample.sources().forEach(collection::withSource);
        sample.agents().forEach(a -> collection.withAgent((Agent) replacing.getOrDefault(a.name(), a)));
        sample.stores().forEach(s -> collection.withStore((Store) replacing.getOrDefault(s.name(), s)));
        sample.links().forEach(l -> collection.withLink(l.from(), l.signal(), l.to()));
        return change.apply(collection);
    }

    private static SearchStore elasticsearch(String userVariable, String passwordVariable, String index) {
        return SearchStore.named("elasticsearch", SearchEngine.ELASTICSEARCH)
                .endpoint("ES_HOST", "ES_PORT").credentials(userVariable, passwordVariable)
                .tls(Tls.verifiedAgainst("/etc/fluent-bit/ca.crt"))
                .index(index)
                .template(IndexTemplate.dataStream("shop-logs", "shop-logs-*", 200))
                .build();
    }

    private static FluentBitAgent fluentBit(String environment, LogParser parser) {
        return FluentBitAgent.named("fluent-bit").tagPrefix("shop").adds(environment, "shop").parser(parser).build();
    }

    // --- A platform and its teams: the shop with checkout and search.

    private static Row composition(String id, String mistake, String fragment,
                                   UnaryOperator<Observability.Builder> checkoutChange) {
        return new Row(id, mistake, Entry.COMPOSITION, fragment, dir -> composition(checkoutChange));
    }

    private static List<Found> composition(UnaryOperator<Observability.Builder> checkoutChange) {
        Observability platform = SampleModel.model();
        Observability checkout = checkoutChange.apply(SampleTeams.checkoutBuilder(platform)).build();
        return found(REGISTRY.run(new Composition(platform, List.of(checkout, SampleTeams.search(platform))), true));
    }

    /** Checkout's routing with the two secret files given. */
    private static NotificationPolicy checkoutPolicy(String slackFile, String pagerFile) {
        return NotificationPolicy.builder()
                .groupBy("alertname")
                .defaultReceiver("checkout-slack")
                .withRoute(SeverityRoute.always(Severity.CRITICAL, "checkout-pager"))
                .withRoute(SeverityRoute.during(Severity.WARNING, "checkout-slack", "checkout-hours"))
                .withRoute(SeverityRoute.always(Severity.INFO, "checkout-slack"))
                .withReceiver(Receiver.named("checkout-pager", PagerDuty.routingKeyFile(pagerFile)))
                .withReceiver(Receiver.named("checkout-slack", Slack.channel("#checkout", slackFile)))
                .withTimeInterval(TimeInterval.weekdays("checkout-hours", "monday:friday", "08:00", "18:00", "UTC"))
                .build();
    }

    // --- Rule files without a model.

    private static final String API_DOWN = """
                  - alert: ApiDown
                    expr: up{job="api"} == 0
                    for: 5m
                    labels:
                      severity: critical
                    annotations:
                      summary: The API is down.
                      description: "{{ $labels.instance }} does not answer."
            """;

    private static final String RULE_FILE = """
            groups:
              - name: api
                interval: 30s
                rules:
                  - record: job:up:sum
                    expr: sum by (job) (up)
            """ + API_DOWN;

    private static Row lint(String id, String mistake, String fragment, UnaryOperator<String> change) {
        return new Row(id, mistake, Entry.LINT, fragment, dir -> lint(dir, change));
    }

    private static List<Found> lint(Path dir, UnaryOperator<String> change) {
        try {
            Path file = Files.writeString(Files.createTempFile(dir, "rules", ".yml"), change.apply(RULE_FILE));
            List<LintProblem> problems = new Lint(REGISTRY, new NameCatalog()).run(List.of(file)).problems();
            return problems.stream().map(p -> new Found(p.checkId(), p.format())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- A running server: the verification shop against a stand-in Prometheus.

    private static Row verify(String id, String mistake, String fragment, Consumer<FakePrometheus> drift) {
        return new Row(id, mistake, Entry.VERIFY, fragment, dir -> verify(drift));
    }

    private static List<Found> verify(Consumer<FakePrometheus> drift) {
        try (FakePrometheus fake = FakePrometheus.faithful()) {
            drift.accept(fake);
            return Verification.run(new VerifyShopModel().define(), ServerAccess.of(fake.url())).findings().stream()
                    .map(f -> new Found(f.checkId(), f.format())).toList();
        }
    }
}
