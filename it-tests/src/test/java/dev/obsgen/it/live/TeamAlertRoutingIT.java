package dev.obsgen.it.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.obsgen.definitions.metaflow.MetaflowNotifications;
import dev.obsgen.definitions.metaflow.MetaflowObservability;
import dev.obsgen.it.stack.Await;
import dev.obsgen.it.stack.LiveStack;
import dev.obsgen.it.stack.LiveStackExtension;
import dev.obsgen.it.stack.PagerDutyCapture;
import dev.obsgen.it.stack.QueryResult;
import dev.obsgen.it.stack.SlackCapture;
import dev.obsgen.it.teams.MetaflowTeams;
import dev.obsgen.it.teams.ServingTeam;
import dev.obsgen.it.teams.TrainingTeam;
import dev.obsgen.model.Observability;
import dev.obsgen.model.rule.RuleGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Metaflow platform composed with the training and serving teams, running: Prometheus loads every owner's rule
 * files from the composed tree and evaluates them, the serving team's recording rule reading the platform's
 * recorded series, and Alertmanager delivers each team's alerts to that team's own captures only, with the team's
 * inhibition holding, while a platform alert still takes the platform's routes.
 */
class TeamAlertRoutingIT {
    private static final Observability PLATFORM = MetaflowObservability.model().build();

    @RegisterExtension
    static final LiveStackExtension STACK = LiveStackExtension.composing(PLATFORM, MetaflowTeams.teams(PLATFORM));

    @Test
    void everyOwnersRuleGroupIsLoadedFromItsOwnFileAndEvaluatesHealthy(LiveStack stack) {
        Map<String, String> expected = new TreeMap<>();
        for (RuleGroup group : stack.profile().ruleGroups()) {
            expected.put(group.name(), "/prometheus/rules/" + group.name() + ".yml");
        }
        for (Observability team : stack.teamProfiles()) {
            for (RuleGroup group : team.ruleGroups()) {
                expected.put(group.name(), "/teams/" + team.name() + "/prometheus/rules/" + group.name() + ".yml");
            }
        }
        assertEquals(stack.profile().ruleGroups().size() + 3, expected.size(), expected::toString);
        Map<String, String> loaded = Await.until("every owner's rule group is loaded from its file, each rule healthy",
                () -> {
                    Map<String, String> files = new TreeMap<>();
                    List<String> unhealthy = new ArrayList<>();
                    for (JsonNode group : stack.prometheus().ruleGroups()) {
                        String file = group.path("file").asText();
                        String suffix = expected.getOrDefault(group.path("name").asText(), "");
                        files.put(group.path("name").asText(), file.endsWith(suffix) ? suffix : file);
                        for (JsonNode rule : group.path("rules")) {
                            if (!"ok".equals(rule.path("health").asText())) {
                                unhealthy.add(rule.path("name").asText() + " is " + rule.path("health").asText()
                                        + " " + rule.path("lastError").asText());
                            }
                        }
                    }
                    if (!files.equals(expected) || !unhealthy.isEmpty()) {
                        throw new IllegalStateException("loaded " + files + ", not healthy: " + unhealthy);
                    }
                    return Optional.of(files);
                });
        assertEquals(expected, loaded);
    }

    /**
     * TrainingFlow's steps are recorded by the platform first, then ServingFlow's: once the serving rule has read
     * ServingFlow from the platform's series, the same series held TrainingFlow, which the team's filter leaves out.
     */
    @Test
    void theServingRecordingRuleReadsThePlatformsRecordedSeries(LiveStack stack) {
        Map<String, String> training = steps("TrainingFlow", "failed");
        Map<String, String> completed = steps("ServingFlow", "completed");
        Map<String, String> failed = steps("ServingFlow", "failed");
        try {
            stack.exporter().grow("metaflow_steps_total", training, 1);
            Await.until("the platform records the failure ratio of TrainingFlow", () -> stack.prometheus()
                    .single(ServingTeam.PLATFORM_FAILURE_RATIO + "{flow_name=\"TrainingFlow\"}").isPresent());
            stack.exporter().grow("metaflow_steps_total", completed, 19);
            stack.exporter().grow("metaflow_steps_total", failed, 1);
            awaitRecorded(stack, ServingTeam.PLATFORM_FAILURE_RATIO + "{flow_name=\"ServingFlow\"}", 0.05);
            awaitRecorded(stack, ServingTeam.SUCCESS_RATIO + "{flow_name=\"ServingFlow\"}", 0.95);
            List<QueryResult.Sample> others = stack.prometheus()
                    .query(ServingTeam.SUCCESS_RATIO + "{flow_name=\"TrainingFlow\"}").samples();
            assertEquals(List.of(), others, "the serving team records only its own flows");
        } finally {
            stack.exporter().grow("metaflow_steps_total", training, 0);
            stack.exporter().grow("metaflow_steps_total", completed, 0);
            stack.exporter().grow("metaflow_steps_total", failed, 0);
        }
    }

    /**
     * A serving flow whose steps mostly fail pages the serving team and mutes its warning for that flow; a training
     * alert posts to the training channel; a platform warning takes the platform's route. A second serving flow
     * that only misses its objective, started once the first's warning is muted, is posted to the serving channel:
     * it shows the inhibition is per flow, and by the time it arrives every notification of the first alerts has
     * been sent, so the captures that must not have heard of them are checked then.
     */
    @Test
    void eachTeamsAlertsReachOnlyThatTeamsReceivers(LiveStack stack) {
        String serving = ServingTeam.NAME;
        String training = TrainingTeam.NAME;
        int platformPages = stack.pagerDuty().mark();
        int platformPosts = stack.slack().mark();
        int platformMails = stack.email().mark();
        int servingPages = stack.pagerDuty(serving).mark();
        int servingPosts = stack.slack(serving).mark();
        int trainingPages = stack.pagerDuty(training).mark();
        int trainingPosts = stack.slack(training).mark();
        Map<String, String> canaryCompleted = steps("ServingCanaryFlow", "completed");
        Map<String, String> canaryFailed = steps("ServingCanaryFlow", "failed");
        Map<String, String> shadowCompleted = steps("ServingShadowFlow", "completed");
        Map<String, String> shadowFailed = steps("ServingShadowFlow", "failed");
        Map<String, String> retries = Map.of("flow_name", TrainingTeam.FLOW, "step_name", "train",
                "error_type", "OutOfMemory");
        Map<String, String> queue = Map.of("job_queue", "beside-the-teams");
        try {
            stack.exporter().grow("metaflow_steps_total", canaryCompleted, 1);
            stack.exporter().grow("metaflow_steps_total", canaryFailed, 3);
            stack.exporter().grow("metaflow_retries_total", retries, 2);
            stack.exporter().set("batch_pending_jobs", queue, 1500);

            JsonNode page = stack.pagerDuty(serving).awaitEvent(servingPages, "trigger", ServingTeam.STEPS_FAILING);
            assertEquals(LiveStack.routingKey(serving), page.path("routing_key").asText(),
                    "the routing key is read from the serving team's own file");
            assertEquals("critical", page.path("payload").path("severity").asText(), page::toString);
            JsonNode failing = AlertRoutingIT.awaitAlertmanagerState(stack.alertmanager(), ServingTeam.STEPS_FAILING,
                    "active");
            assertEquals(List.of(ServingTeam.PAGER), names(failing.path("receivers")), failing::toString);
            assertEquals(serving, failing.path("labels").path("team").asText(), failing::toString);
            JsonNode muted = AlertRoutingIT.awaitAlertmanagerState(stack.alertmanager(), ServingTeam.STEPS_DEGRADED,
                    "suppressed");
            assertEquals("ServingCanaryFlow", muted.path("labels").path("flow_name").asText(), muted::toString);
            assertEquals(List.of(failing.path("fingerprint").asText()), texts(muted.path("status").path("inhibitedBy")),
                    muted::toString);
            assertEquals(List.of(ServingTeam.SLACK), names(muted.path("receivers")), muted::toString);

            JsonNode post = stack.slack(training).awaitMessage(trainingPosts, "FIRING", TrainingTeam.RETRIES_RISING,
                    TrainingTeam.FLOW);
            assertEquals(TrainingTeam.SLACK_CHANNEL, post.path("channel").asText(), post::toString);
            assertEquals(List.of(TrainingTeam.SLACK), receivers(stack, TrainingTeam.RETRIES_RISING));

            JsonNode platformPost = stack.slack().awaitMessage(platformPosts, "FIRING", "BatchQueueBacklog",
                    "beside-the-teams");
            assertEquals("#metaflow-alerts", platformPost.path("channel").asText(), platformPost::toString);
            assertEquals(List.of(MetaflowNotifications.WARNING), receivers(stack, "BatchQueueBacklog"));

            stack.exporter().grow("metaflow_steps_total", shadowCompleted, 4);
            stack.exporter().grow("metaflow_steps_total", shadowFailed, 1);
            JsonNode servingPost = stack.slack(serving).awaitMessage(servingPosts, "FIRING", ServingTeam.STEPS_DEGRADED,
                    "ServingShadowFlow");
            assertEquals(ServingTeam.SLACK_CHANNEL, servingPost.path("channel").asText(), servingPost::toString);
        } finally {
            for (Map<String, String> steps : List.of(canaryCompleted, canaryFailed, shadowCompleted, shadowFailed)) {
                stack.exporter().grow("metaflow_steps_total", steps, 0);
            }
            stack.exporter().grow("metaflow_retries_total", retries, 0);
            stack.exporter().set("batch_pending_jobs", queue, 0);
        }

        assertFalse(stack.slack(serving).mentions(servingPosts, "ServingCanaryFlow"), () -> "the muted warning was "
                + "posted: " + stack.slack(serving).receivedSince(servingPosts));
        assertNoneMention(stack.slack(serving), servingPosts, ServingTeam.STEPS_FAILING, TrainingTeam.RETRIES_RISING,
                "BatchQueueBacklog");
        assertNoneMention(stack.pagerDuty(serving), servingPages, ServingTeam.STEPS_DEGRADED,
                TrainingTeam.RETRIES_RISING, "BatchQueueBacklog");
        assertNoneMention(stack.slack(training), trainingPosts, ServingTeam.STEPS_FAILING, ServingTeam.STEPS_DEGRADED,
                "BatchQueueBacklog");
        assertEquals(List.of(), stack.pagerDuty(training).receivedSince(trainingPages), "the training team has no pager");
        assertNoneMention(stack.pagerDuty(), platformPages, ServingTeam.STEPS_FAILING, ServingTeam.STEPS_DEGRADED,
                TrainingTeam.RETRIES_RISING);
        assertNoneMention(stack.slack(), platformPosts, ServingTeam.STEPS_FAILING, ServingTeam.STEPS_DEGRADED,
                TrainingTeam.RETRIES_RISING);
        for (String alert : List.of(ServingTeam.STEPS_FAILING, ServingTeam.STEPS_DEGRADED, TrainingTeam.RETRIES_RISING)) {
            assertFalse(stack.email().mentions(platformMails, alert), () -> alert + " was mailed: "
                    + stack.email().receivedSince(platformMails));
        }
    }

    private static void assertNoneMention(PagerDutyCapture capture, int mark, String... alerts) {
        for (String alert : alerts) {
            assertFalse(capture.mentions(mark, alert), () -> alert + " reached the wrong pager: "
                    + capture.receivedSince(mark));
        }
    }

    private static void assertNoneMention(SlackCapture capture, int mark, String... alerts) {
        for (String alert : alerts) {
            assertFalse(capture.mentions(mark, alert), () -> alert + " reached the wrong channel: "
                    + capture.receivedSince(mark));
        }
    }

    private static Map<String, String> steps(String flow, String status) {
        return Map.of("flow_name", flow, "step_name", "predict", "status", status);
    }

    private static void awaitRecorded(LiveStack stack, String selector, double expected) {
        Await.until(selector + " records " + expected, () -> {
            Optional<Double> value = stack.prometheus().single(selector);
            if (value.isEmpty() || Math.abs(value.get() - expected) > 0.01) {
                throw new IllegalStateException(selector + " = " + stack.prometheus().query(selector).samples());
            }
            return value;
        });
    }

    private static List<String> receivers(LiveStack stack, String alertName) {
        return names(AlertRoutingIT.awaitAlertmanagerState(stack.alertmanager(), alertName, "active").path("receivers"));
    }

    private static List<String> names(JsonNode receivers) {
        return StreamSupport.stream(receivers.spliterator(), false).map(r -> r.path("name").asText()).toList();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
