package dev.obsgen.it.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.obsgen.core.ModelRejectedException;
import dev.obsgen.it.stack.Await;
import dev.obsgen.it.stack.LiveStack;
import dev.obsgen.it.stack.LiveStackExtension;
import dev.obsgen.it.stack.PrometheusProcess;
import dev.obsgen.it.stack.StackFiles;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.rule.AlertScenario;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.rule.Series;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What happens when something goes wrong: a rule obsgen refuses, a broken rule file pushed by hand, a Prometheus
 * restart, an Alertmanager outage.
 */
@ExtendWith(LiveStackExtension.class)
class StackFaultsIT {

    @Test
    void modelWithABrokenAlertIsRejectedBeforeAnyFileIsWritten(LiveStack stack, @TempDir Path output) throws IOException {
        RuleGroup broken = RuleGroup.named("metaflow-broken")
                .withRule(Rule.alert("BatchQueueStuck")
                        .expr("batch_running_jobs == 0 and batch_pending_jobs > 0")
                        .forDuration("10 minutes")
                        .severity(Severity.WARNING)
                        .summary("AWS Batch queue is stuck.")
                        .description("Jobs wait in queue {{ $labels.job_queue }} and none runs.")
                        .runbook("scale-batch-compute")
                        .withScenario(AlertScenario.fires("jobs wait, none runs").at("20m")
                                .withInput(Series.of("batch_running_jobs").label("job_queue", "q").values("0x30"))
                                .withInput(Series.of("batch_pending_jobs").label("job_queue", "q").values("5x30"))
                                .withAlert(Map.of("job_queue", "q"), Map.of()))
                        .withScenario(AlertScenario.calm("jobs run").at("20m")
                                .withInput(Series.of("batch_running_jobs").label("job_queue", "q").values("1x30"))))
                .build();
        List<RuleGroup> groups = new ArrayList<>(stack.profile().ruleGroups());
        groups.add(broken);
        Observability model = stack.profile().toBuilder().ruleGroups(groups).build();

        ModelRejectedException rejected = assertThrows(ModelRejectedException.class, () -> StackFiles.render(model, output));

        assertTrue(rejected.getMessage().contains("'10 minutes' is not a duration"), rejected::getMessage);
        try (Stream<Path> written = Files.list(output)) {
            assertEquals(List.of(), written.toList(), "a rejected model writes nothing");
        }
        assertFalse(groupNames(stack.prometheus()).contains("metaflow-broken"));
    }

    @Test
    void brokenRuleFileIsRefusedOnReloadWhileTheOldRulesKeepEvaluating(LiveStack stack) throws IOException {
        PrometheusProcess prometheus = stack.prometheus();
        Set<String> loaded = Await.until("the generated rule groups are loaded", () -> {
            Set<String> names = groupNames(prometheus);
            return names.size() == stack.profile().ruleGroups().size() ? Optional.of(names) : Optional.empty();
        });
        Path brokenFile = stack.configDirectory().resolve(StackFiles.RULES_DIRECTORY).resolve("hand-edited.yml");
        Files.writeString(brokenFile, """
                groups:
                  - name: hand-edited
                    rules:
                      - alert: HandEdited
                        expr: sum(rate(metaflow_runs_total[5m])
                """, StandardCharsets.UTF_8);
        try {
            Instant refused = Instant.now();
            HttpResponse<String> reload = prometheus.reload();
            assertEquals(500, reload.statusCode(), reload::body);
            Await.until("Prometheus logs why it refused hand-edited.yml", () ->
                    prometheus.logTail(200).contains("hand-edited.yml") && prometheus.logTail(200).contains("parse error"));
            assertEquals(0.0, prometheus.ownMetric("prometheus_config_last_reload_successful"),
                    "Prometheus reports the failed reload");

            Await.until("every old rule evaluates again after the refused reload, healthy", () -> {
                JsonNode groups = prometheus.ruleGroups();
                for (JsonNode group : groups) {
                    for (JsonNode rule : group.path("rules")) {
                        Instant evaluated = Instant.parse(rule.path("lastEvaluation").asText());
                        if (!evaluated.isAfter(refused) || !"ok".equals(rule.path("health").asText())) {
                            throw new IllegalStateException(rule.toString());
                        }
                    }
                }
                return Optional.of(groups);
            });
            assertEquals(loaded, groupNames(prometheus), "the old rule groups, and only they, are loaded");
        } finally {
            Files.deleteIfExists(brokenFile);
        }
        HttpResponse<String> fixed = prometheus.reload();
        assertEquals(200, fixed.statusCode(), fixed::body);
        assertEquals(1.0, prometheus.ownMetric("prometheus_config_last_reload_successful"));
    }

    @Test
    void restartedPrometheusKeepsItsDataAndItsRules(LiveStack stack) {
        PrometheusProcess prometheus = stack.prometheus();
        stack.exporter().set("batch_running_jobs", Map.of("job_queue", "before-restart"), 42);
        String selector = "batch_running_jobs{job_queue=\"before-restart\"}";
        double scrapedAt = Await.until(selector + " is scraped", () -> prometheus.query(selector).samples().stream()
                .filter(s -> s.value() == 42).map(s -> s.timestamp()).findFirst());
        String recorded = "job:s3_requests:rate5m";
        double recordedAt = Await.until(recorded + " is recorded", () -> prometheus.query(recorded).samples().stream()
                .map(s -> s.timestamp()).findFirst());
        stack.exporter().set("batch_running_jobs", Map.of("job_queue", "before-restart"), 7);

        prometheus.restart();

        // An instant query looks back five minutes from its time: at a time before the restart only samples written
        // before it can answer.
        assertEquals(List.of(42.0), prometheus.queryAt(selector, scrapedAt).samples().stream().map(s -> s.value()).toList(),
                "the scraped sample survived the restart");
        assertEquals(1, prometheus.queryAt(recorded, recordedAt).samples().size(), "the recorded sample survived the restart");
        Instant restarted = Instant.now();
        Await.until("every rule group is loaded again and evaluated after the restart", () -> {
            JsonNode groups = prometheus.ruleGroups();
            if (groups.size() != stack.profile().ruleGroups().size()) {
                throw new IllegalStateException("loaded " + groups.size() + " groups");
            }
            for (JsonNode group : groups) {
                if (!Instant.parse(group.path("lastEvaluation").asText()).isAfter(restarted)) {
                    throw new IllegalStateException(group.path("name").asText() + " not evaluated since the restart");
                }
            }
            return Optional.of(groups);
        });
        Await.until(selector + " is scraped again after the restart", () ->
                prometheus.single(selector).filter(v -> v == 7).isPresent());
    }

    @Test
    void alertFiredWhileAlertmanagerIsDownIsDeliveredWhenItIsBack(LiveStack stack) {
        PrometheusProcess prometheus = stack.prometheus();
        Map<String, String> queue = Map.of("job_queue", "during-outage");
        int posts = stack.slack().mark();
        int mails = stack.email().mark();
        stack.alertmanager().stop();
        try {
            double errorsBefore = prometheus.ownMetric("prometheus_notifications_errors_total");
            stack.exporter().set("batch_pending_jobs", queue, 3000);
            Await.until("BatchQueueBacklog for during-outage fires in Prometheus", () ->
                    prometheus.alerts("BatchQueueBacklog", "firing").stream()
                            .anyMatch(a -> "during-outage".equals(a.path("labels").path("job_queue").asText())));
            Await.until("Prometheus fails to send the firing alert to the stopped Alertmanager", () ->
                    prometheus.ownMetric("prometheus_notifications_errors_total") > errorsBefore);
            assertFalse(stack.slack().mentions(posts, "during-outage"));
        } finally {
            if (!stack.alertmanager().isRunning()) {
                stack.alertmanager().start();
            }
        }
        try {
            stack.slack().awaitMessage(posts, "FIRING", "BatchQueueBacklog", "during-outage");
            stack.email().await(mails, "a mail about during-outage", m -> m.mentions("during-outage"));
        } finally {
            stack.exporter().set("batch_pending_jobs", queue, 0);
        }
    }

    private static Set<String> groupNames(PrometheusProcess prometheus) {
        Set<String> names = new TreeSet<>();
        prometheus.ruleGroups().forEach(group -> names.add(group.path("name").asText()));
        return names;
    }
}
