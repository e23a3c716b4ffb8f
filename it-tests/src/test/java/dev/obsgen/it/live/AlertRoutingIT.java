package dev.obsgen.it.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.obsgen.definitions.metaflow.MetaflowNotifications;
import dev.obsgen.definitions.metaflow.MetaflowScrapeJobs;
import dev.obsgen.it.stack.AlertmanagerProcess;
import dev.obsgen.it.stack.Await;
import dev.obsgen.it.stack.EmailCapture;
import dev.obsgen.it.stack.LiveStack;
import dev.obsgen.it.stack.LiveStackExtension;
import dev.obsgen.it.stack.SlackCapture;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Alerts fire in Prometheus from what the exporter serves, and Alertmanager delivers them through the real
 * PagerDuty, Slack and email integrations to the receivers the severity routes name, with the generated message
 * templates; resolutions follow, and the inhibition holds.
 */
@ExtendWith(LiveStackExtension.class)
class AlertRoutingIT {
    private static final String METADATA = MetaflowScrapeJobs.METADATA_SERVICE;
    private static final String SERVICE_DOWN = "MetadataServiceDown";

    @Test
    void metadataServiceDownPagesPagerDutyAndSlackButNotEmailThenResolves(LiveStack stack) {
        awaitTargetUp(stack, METADATA);
        int pages = stack.pagerDuty().mark();
        int posts = stack.slack().mark();
        int mails = stack.email().mark();

        stack.exporter().stop(METADATA);
        try {
            Await.until(SERVICE_DOWN + " is pending in Prometheus", () -> !stack.prometheus().alerts(SERVICE_DOWN, "pending").isEmpty());
            Await.until(SERVICE_DOWN + " is firing in Prometheus", () -> !stack.prometheus().alerts(SERVICE_DOWN, "firing").isEmpty());

            JsonNode page = stack.pagerDuty().awaitEvent(pages, "trigger", SERVICE_DOWN);
            JsonNode payload = page.path("payload");
            assertEquals("critical", payload.path("severity").asText(), page::toString);
            assertEquals(SERVICE_DOWN + ": Metadata service is down.", payload.path("summary").asText(), page::toString);
            assertEquals("Metadata service is down.", payload.path("custom_details").path("summary").asText(), page::toString);
            String runbook = stack.runbookUrl("metadata-service-recovery");
            assertEquals(runbook, payload.path("custom_details").path("runbook_url").asText(), page::toString);
            assertEquals(runbook, page.path("links").path(0).path("href").asText(), page::toString);
            assertEquals("local-stack-routing-key", page.path("routing_key").asText(),
                    "the routing key is read from the file routing_key_file names");

            JsonNode post = stack.slack().awaitMessage(posts, "FIRING", SERVICE_DOWN, "");
            JsonNode attachment = SlackCapture.attachment(post);
            assertEquals("[FIRING:1] " + SERVICE_DOWN + " (critical)", attachment.path("title").asText(), post::toString);
            assertEquals(runbook, attachment.path("title_link").asText(), post::toString);
            assertEquals("#metaflow-alerts", post.path("channel").asText(), post::toString);
            String text = attachment.path("text").asText();
            assertTrue(text.contains("*" + SERVICE_DOWN + "* (critical): Metadata service is down."), text);
            assertTrue(text.contains("No instance of " + METADATA + " has answered a scrape"), text);
            assertTrue(text.contains("Runbook: " + runbook), text);

            assertEquals(List.of(MetaflowNotifications.CRITICAL), receivers(stack.alertmanager(), SERVICE_DOWN));
        } finally {
            stack.exporter().start(METADATA);
        }
        stack.pagerDuty().awaitEvent(pages, "resolve", SERVICE_DOWN);
        stack.slack().awaitMessage(posts, "RESOLVED", SERVICE_DOWN, "");
        // Both notifications of the critical receiver, firing and resolved, have arrived: had the receiver mailed,
        // the mails would have been sent with them.
        assertFalse(stack.email().mentions(mails, SERVICE_DOWN), () -> "a critical alert was mailed: "
                + stack.email().receivedSince(mails));
    }

    /**
     * Both alerts fire in Prometheus while Alertmanager is stopped, so that they reach the restarted Alertmanager
     * together: both are in the critical group, which is evaluated and sent in rule order, the inhibiting alert
     * first, at every evaluation (the profile's resend delay is shorter than the interval). The warning started long
     * before, so Alertmanager flushes it at once, and only the inhibition keeps it from being notified.
     */
    @Test
    void highRunFailureRateIsInhibitedWhileMetadataServiceDownFires(LiveStack stack) {
        awaitTargetUp(stack, METADATA);
        Map<String, String> failed = Map.of("flow_name", "InhibitedFlow", "namespace", "production", "status", "failed");
        Map<String, String> completed = Map.of("flow_name", "InhibitedFlow", "namespace", "production", "status", "completed");
        Map<String, String> queue = Map.of("job_queue", "while-inhibited");
        int pages = stack.pagerDuty().mark();
        int posts = stack.slack().mark();
        int mails = stack.email().mark();
        stack.alertmanager().stop();
        try {
            stack.exporter().grow("metaflow_runs_total", failed, 1);
            stack.exporter().grow("metaflow_runs_total", completed, 3);
            Await.until("HighRunFailureRate for InhibitedFlow is firing in Prometheus", () ->
                    stack.prometheus().alerts("HighRunFailureRate", "firing").stream()
                            .anyMatch(a -> "InhibitedFlow".equals(a.path("labels").path("flow_name").asText())));
            stack.exporter().stop(METADATA);
            Await.until(SERVICE_DOWN + " is firing in Prometheus", () ->
                    !stack.prometheus().alerts(SERVICE_DOWN, "firing").isEmpty());
            stack.alertmanager().start();

            stack.pagerDuty().awaitEvent(pages, "trigger", SERVICE_DOWN);
            JsonNode source = awaitAlertmanagerState(stack.alertmanager(), SERVICE_DOWN, "active");
            JsonNode inhibited = awaitAlertmanagerState(stack.alertmanager(), "HighRunFailureRate", "suppressed");
            assertEquals(List.of(source.path("fingerprint").asText()), list(inhibited.path("status").path("inhibitedBy")),
                    inhibited::toString);
            assertEquals(List.of(MetaflowNotifications.WARNING), list(inhibited.path("receivers"), "name"),
                    "the inhibited alert is still routed; only its notifications are muted");
            assertFalse(stack.prometheus().alerts("HighRunFailureRate", "firing").isEmpty(),
                    "Prometheus still fires the inhibited alert: only Alertmanager mutes it");

            // A warning that fires after both arrived is delivered: by then the muted group has been flushed
            // several times, and would have been notified through the same Slack and email integrations.
            stack.exporter().set("batch_pending_jobs", queue, 1500);
            stack.slack().awaitMessage(posts, "FIRING", "BatchQueueBacklog", "while-inhibited");
            stack.email().await(mails, "a mail about while-inhibited", m -> m.mentions("while-inhibited"));
            assertFalse(stack.slack().mentions(posts, "HighRunFailureRate"), () -> "the inhibited alert was posted: "
                    + stack.slack().receivedSince(posts));
            assertFalse(stack.email().mentions(mails, "HighRunFailureRate"), "the inhibited alert was mailed");
        } finally {
            if (!stack.alertmanager().isRunning()) {
                stack.alertmanager().start();
            }
            stack.exporter().start(METADATA);
            stack.exporter().grow("metaflow_runs_total", failed, 0);
            stack.exporter().grow("metaflow_runs_total", completed, 0);
            stack.exporter().set("batch_pending_jobs", queue, 0);
        }
        stack.pagerDuty().awaitEvent(pages, "resolve", SERVICE_DOWN);
    }

    @Test
    void batchQueueBacklogWarningReachesSlackAndEmailButNotPagerDuty(LiveStack stack) {
        Map<String, String> queue = Map.of("job_queue", "metaflow-backlog");
        int pages = stack.pagerDuty().mark();
        int posts = stack.slack().mark();
        int mails = stack.email().mark();
        stack.exporter().set("batch_pending_jobs", queue, 1500);
        String runbook = stack.runbookUrl("scale-batch-compute");
        String description = "1500 jobs have been waiting in AWS Batch queue metaflow-backlog for more than 30 minutes";
        try {
            JsonNode post = stack.slack().awaitMessage(posts, "FIRING", "BatchQueueBacklog", "metaflow-backlog");
            assertEquals("[FIRING:1] BatchQueueBacklog (warning)", SlackCapture.title(post), post::toString);
            String text = SlackCapture.attachment(post).path("text").asText();
            assertTrue(text.contains("*BatchQueueBacklog* (warning): AWS Batch queue backlog growing."), text);
            assertTrue(text.contains(description), text);
            assertTrue(text.contains("Runbook: " + runbook), text);

            EmailCapture.Mail mail = stack.email().await(mails, "a firing BatchQueueBacklog mail",
                    m -> m.subject().startsWith("[FIRING") && m.mentions("metaflow-backlog"));
            assertEquals("[FIRING:1] BatchQueueBacklog (warning)", mail.subject(), mail::toString);
            assertEquals(List.of("metaflow-oncall@example.com"), mail.to());
            assertTrue(mail.text().contains("*BatchQueueBacklog* (warning): AWS Batch queue backlog growing."), mail::text);
            assertTrue(mail.text().contains("Runbook: " + runbook), mail::text);
            assertEquals(List.of(MetaflowNotifications.WARNING), receivers(stack.alertmanager(), "BatchQueueBacklog"));
        } finally {
            stack.exporter().set("batch_pending_jobs", queue, 0);
        }
        stack.slack().awaitMessage(posts, "RESOLVED", "BatchQueueBacklog", "metaflow-backlog");
        stack.email().await(mails, "a resolved BatchQueueBacklog mail",
                m -> m.subject().startsWith("[RESOLVED]") && m.mentions("metaflow-backlog"));
        assertFalse(stack.pagerDuty().mentions(pages, "BatchQueueBacklog"), () -> "a warning paged: "
                + stack.pagerDuty().receivedSince(pages));
    }

    @Test
    void flowRunsResumedInfoAlertReachesNoOne(LiveStack stack) {
        int pages = stack.pagerDuty().mark();
        int posts = stack.slack().mark();
        int mails = stack.email().mark();
        stack.exporter().grow("metaflow_resume_total", Map.of("flow_name", "ResumedFlow", "success", "true"), 1);
        Await.until("FlowRunsResumed is firing in Prometheus", () ->
                !stack.prometheus().alerts("FlowRunsResumed", "firing").isEmpty());
        JsonNode alert = awaitAlertmanagerState(stack.alertmanager(), "FlowRunsResumed", "active");
        assertEquals(List.of(MetaflowNotifications.DASHBOARD_ONLY), list(alert.path("receivers"), "name"));

        // A warning raised after the info alert reached Alertmanager is delivered; the info alert's group, older
        // and flushed on the same group_wait, has been handled by then.
        Map<String, String> queue = Map.of("job_queue", "after-resume");
        stack.exporter().set("batch_pending_jobs", queue, 2000);
        try {
            stack.slack().awaitMessage(posts, "FIRING", "BatchQueueBacklog", "after-resume");
            stack.email().await(mails, "a firing BatchQueueBacklog mail for after-resume", m -> m.mentions("after-resume"));
        } finally {
            stack.exporter().set("batch_pending_jobs", queue, 0);
        }
        assertFalse(stack.pagerDuty().mentions(pages, "FlowRunsResumed"), "an info alert paged");
        assertFalse(stack.slack().mentions(posts, "FlowRunsResumed"), "an info alert was posted to Slack");
        assertFalse(stack.email().mentions(mails, "FlowRunsResumed"), "an info alert was mailed");
    }

    private static void awaitTargetUp(LiveStack stack, String job) {
        Await.until("the " + job + " target is up", () -> {
            for (JsonNode target : stack.prometheus().activeTargets()) {
                if (job.equals(target.path("labels").path("job").asText())) {
                    return "up".equals(target.path("health").asText());
                }
            }
            return false;
        });
        Await.until("up{job=\"" + job + "\"} is 1", () ->
                stack.prometheus().single("max(up{job=\"" + job + "\"})").filter(v -> v == 1).isPresent());
    }

    /** Waits until Alertmanager holds an alert of that name in that state ({@code active} or {@code suppressed}). */
    static JsonNode awaitAlertmanagerState(AlertmanagerProcess alertmanager, String alertName, String state) {
        return Await.until("Alertmanager holds " + alertName + " in state " + state, () -> {
            List<JsonNode> alerts = alertmanager.alerts(alertName);
            Optional<JsonNode> match = alerts.stream()
                    .filter(a -> state.equals(a.path("status").path("state").asText())).findFirst();
            if (match.isEmpty()) {
                throw new IllegalStateException("Alertmanager holds " + alerts);
            }
            return match;
        });
    }

    private static List<String> receivers(AlertmanagerProcess alertmanager, String alertName) {
        return list(awaitAlertmanagerState(alertmanager, alertName, "active").path("receivers"), "name");
    }

    private static List<String> list(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<String> list(JsonNode array, String field) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(n -> n.path(field).asText()).toList();
    }
}
