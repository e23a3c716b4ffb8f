package dev.obsgen.it.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.obsgen.core.dashboard.DashboardQuery;
import dev.obsgen.core.dashboard.ModelDashboards;
import dev.obsgen.core.slo.SloRules;
import dev.obsgen.definitions.metaflow.MetaflowScrapeJobs;
import dev.obsgen.it.stack.Await;
import dev.obsgen.it.stack.LiveStack;
import dev.obsgen.it.stack.LiveStackExtension;
import dev.obsgen.it.stack.LocalStackProfile;
import dev.obsgen.it.stack.PrometheusProcess;
import dev.obsgen.it.stack.QueryResult;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.Observability;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Prometheus loads the generated rules and scrape configuration, scrapes every target, evaluates every rule without
 * error, and the rules compute the figures the exporter's traffic implies.
 */
@ExtendWith(LiveStackExtension.class)
class RuleEvaluationIT {
    private static final String METADATA = MetaflowScrapeJobs.METADATA_SERVICE;
    private static final String WORKERS = MetaflowScrapeJobs.WORKERS;

    /**
     * Steady traffic whose ratios and quantiles are known exactly. Rates over a window longer than the test has run
     * are scaled down by Prometheus' extrapolation, but equally for two series scraped together, so only ratios
     * and quantiles are compared with exact figures. Setting the same traffic again before each test continues
     * every series where it stands.
     */
    @BeforeEach
    void traffic(LiveStack stack) {
        var exporter = stack.exporter();
        exporter.grow("metadata_requests_total", Map.of("endpoint", "/flows", "method", "GET", "code", "200"), 4);
        exporter.grow("metadata_errors_total", Map.of("endpoint", "/flows", "code", "500"), 1);
        exporter.observe("metadata_latency_seconds", Map.of("endpoint", "/flows"), 0.3, 5);
        exporter.grow("metaflow_steps_total", Map.of("flow_name", "TrainingFlow", "step_name", "train", "status", "completed"), 3);
        exporter.grow("metaflow_steps_total", Map.of("flow_name", "TrainingFlow", "step_name", "train", "status", "failed"), 1);
        exporter.grow("metaflow_artifact_operations_total",
                Map.of("flow_name", "TrainingFlow", "operation", "upload", "status", "success"), 7);
        exporter.grow("metaflow_artifact_operations_total",
                Map.of("flow_name", "TrainingFlow", "operation", "upload", "status", "error"), 1);
        exporter.observe("metaflow_artifact_upload_seconds", Map.of("flow_name", "TrainingFlow"), 4, 2);
        exporter.grow("s3_requests_total", Map.of("operation", "GetObject"), 3);
    }

    @Test
    void everyGeneratedRuleGroupIsLoadedAndEveryRuleEvaluatesHealthy(LiveStack stack) {
        // Generation adds the SLOs' rule groups to the model's own.
        Set<String> expectedGroups = SloRules.expand(stack.production()).ruleGroups().stream().map(RuleGroup::name)
                .collect(Collectors.toCollection(TreeSet::new));
        Await.until("every generated rule group is loaded and each of its rules evaluated with health ok", () -> {
            JsonNode groups = stack.prometheus().ruleGroups();
            Set<String> loaded = new TreeSet<>();
            List<String> unhealthy = new ArrayList<>();
            for (JsonNode group : groups) {
                loaded.add(group.path("name").asText());
                for (JsonNode rule : group.path("rules")) {
                    if (!"ok".equals(rule.path("health").asText())) {
                        unhealthy.add(rule.path("name").asText() + " is " + rule.path("health").asText()
                                + " " + rule.path("lastError").asText());
                    }
                }
            }
            if (!loaded.equals(expectedGroups) || !unhealthy.isEmpty()) {
                throw new IllegalStateException("loaded " + loaded + ", not healthy: " + unhealthy);
            }
            return Optional.of(groups);
        });
        for (JsonNode group : stack.prometheus().ruleGroups()) {
            for (JsonNode rule : group.path("rules")) {
                assertFalse("err".equals(rule.path("health").asText()), () -> rule.toString());
            }
        }
    }

    @Test
    void everyScrapeTargetIsUpAndRelabelledByTheProductionRules(LiveStack stack) {
        Set<String> jobs = stack.production().scrapeJobs().stream().map(j -> j.name())
                .collect(Collectors.toCollection(TreeSet::new));
        JsonNode targets = Await.until("one target per scrape job, each with health up", () -> {
            JsonNode active = stack.prometheus().activeTargets();
            Set<String> up = new TreeSet<>();
            for (JsonNode target : active) {
                if ("up".equals(target.path("health").asText())) {
                    up.add(target.path("labels").path("job").asText());
                }
            }
            if (!up.equals(jobs) || active.size() != jobs.size()) {
                throw new IllegalStateException("targets: " + active);
            }
            return Optional.of(active);
        });
        for (JsonNode target : targets) {
            String job = target.path("labels").path("job").asText();
            if (job.equals(METADATA)) {
                assertEquals(LocalStackProfile.DISCOVERED_VALUE, target.path("labels").path("kubernetes_namespace").asText(),
                        "the production relabelling copies the pod's namespace: " + target);
            }
            if (job.equals(WORKERS)) {
                assertEquals(LocalStackProfile.DISCOVERED_VALUE, target.path("labels").path("instance_id").asText(),
                        "the production relabelling copies the EC2 instance id: " + target);
            }
        }
    }

    @Test
    void everyRecordingRuleAndAlertExpressionRunsWithoutError(LiveStack stack) {
        PrometheusProcess prometheus = stack.prometheus();
        List<String> failures = new ArrayList<>();
        int queried = 0;
        Observability generated = SloRules.expand(stack.production());
        for (RuleGroup group : generated.ruleGroups()) {
            for (Rule rule : group.rules()) {
                try {
                    String type = prometheus.query(rule.expr()).resultType();
                    assertTrue(type.equals("vector") || type.equals("scalar"), rule.name() + " gave " + type);
                    queried++;
                } catch (RuntimeException e) {
                    failures.add(rule.name() + ": " + e.getMessage());
                }
            }
        }
        assertEquals(List.of(), failures, "expressions Prometheus refused");
        assertEquals(generated.alerts().size() + generated.recordingRules().size(), queried);
    }

    /**
     * Every panel query of every dashboard, with Grafana's variables substituted as obsgen's checks substitute them
     * (a dashboard variable becomes the regex {@code .+}), runs without error, and the panels over the metrics the
     * exporter is being fed return data.
     */
    @Test
    void everyDashboardPanelQueryRunsWithoutError(LiveStack stack) {
        PrometheusProcess prometheus = stack.prometheus();
        List<String> failures = new ArrayList<>();
        int queried = 0;
        for (Dashboard dashboard : stack.production().dashboards()) {
            for (DashboardQuery query : ModelDashboards.of(dashboard, 15_000).queries()) {
                if (query.panel() == null) {
                    continue;
                }
                try {
                    prometheus.query(query.expr());
                    queried++;
                } catch (RuntimeException e) {
                    failures.add(query.element() + ": " + query.expr() + ": " + e.getMessage());
                }
            }
        }
        assertEquals(List.of(), failures, "panel queries Prometheus refused");
        assertTrue(queried > 17, "expected a query per panel at least, ran " + queried);
        for (String fed : List.of("Metadata API Latency", "Steps/min", "S3 Request Rate", "Failure Rate by Step")) {
            String expr = stack.production().dashboards().stream()
                    .flatMap(d -> ModelDashboards.of(d, 15_000).queries().stream())
                    .filter(q -> q.panel() != null && q.panel().title().equals(fed)).findFirst().orElseThrow().expr();
            Await.until("panel '" + fed + "' returns data from the exporter's traffic (" + expr + ")",
                    () -> !prometheus.query(expr).samples().isEmpty());
        }
    }

    @Test
    void everyDeclaredMetricReturnsDataFromTheExporter(LiveStack stack) {
        Await.until("every series name of every declared metric has data from its scrape job", () -> {
            List<String> missing = new ArrayList<>();
            for (Metric metric : stack.production().metrics()) {
                for (String series : metric.seriesNames()) {
                    String query = series + "{job=\"" + metric.job() + "\"}";
                    if (stack.prometheus().query(query).samples().isEmpty()) {
                        missing.add(query);
                    }
                }
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("no data for " + missing);
            }
            return Optional.of(true);
        });
    }

    @Test
    void recordingRulesComputeTheFiguresOfTheExporterTraffic(LiveStack stack) {
        awaitRecorded(stack, "job:metadata_errors:ratio_rate5m{job=\"" + METADATA + "\"}", 0.25, 0.01);
        awaitRecorded(stack, "flow_name:metaflow_steps_failed:ratio_rate5m{flow_name=\"TrainingFlow\"}", 0.25, 0.01);
        awaitRecorded(stack, "job:metaflow_artifact_operations:error_ratio_rate5m{job=\"" + WORKERS + "\"}", 0.125, 0.01);
        // Every latency observation is 0.3s, in the (0.25, 0.5] bucket: the quantile interpolates within it.
        awaitRecorded(stack, "job:metadata_latency_seconds:p99_rate5m{job=\"" + METADATA + "\"}", 0.25 + 0.99 * 0.25, 0.01);
        awaitRecorded(stack, "job:metaflow_artifact_upload_seconds:p99_rate5m{job=\"" + WORKERS + "\"}",
                2.5 + 0.99 * 2.5, 0.05);
        for (String rate : List.of("job:metadata_requests:rate5m", "job:metaflow_artifact_operations:rate5m",
                "job:s3_requests:rate5m", "flow_name:metaflow_steps_completed:rate5m_per_minute")) {
            Await.until(rate + " records a positive rate", () -> stack.prometheus().query(rate).samples().stream()
                    .map(QueryResult.Sample::value).filter(v -> v > 0).findFirst());
        }
    }

    private static void awaitRecorded(LiveStack stack, String selector, double expected, double tolerance) {
        Await.until(selector + " records " + expected + " (within " + tolerance + ")", () -> {
            Optional<Double> value = stack.prometheus().single(selector);
            if (value.isEmpty() || Math.abs(value.get() - expected) > tolerance) {
                throw new IllegalStateException(selector + " = " + stack.prometheus().query(selector).samples());
            }
            return value;
        });
    }
}
