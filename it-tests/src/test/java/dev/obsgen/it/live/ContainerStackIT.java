package dev.obsgen.it.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.obsgen.definitions.metaflow.MetaflowObservability;
import dev.obsgen.definitions.metaflow.MetaflowScrapeJobs;
import dev.obsgen.it.stack.Await;
import dev.obsgen.it.stack.ContainerStack;
import dev.obsgen.it.stack.HttpJson;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.testcontainers.DockerClientFactory;

/**
 * The end-to-end MetadataServiceDown path on the official container images, for users with Docker. Without a Docker
 * engine it is skipped, on CI too: the process-based {@link AlertRoutingIT} covers the same path with the Debian
 * binaries, and CI machines here have no Docker engine.
 */
class ContainerStackIT {
    private static final String METADATA = MetaflowScrapeJobs.METADATA_SERVICE;
    private static ContainerStack stack;

    private static boolean dockerAvailable;

    @BeforeAll
    static void startContainers() throws IOException {
        dockerAvailable = DockerClientFactory.instance().isDockerAvailable();
        if (dockerAvailable) {
            stack = ContainerStack.start(MetaflowObservability.model().build(),
                    Files.createTempDirectory("obsgen-containers-"));
        }
    }

    /** Skips each test, so that the report lists them as skipped with the reason. */
    @BeforeEach
    void requireDocker() {
        Assumptions.assumeTrue(dockerAvailable, "No Docker engine answers, so the Testcontainers version of the "
                + "end-to-end test is skipped (on CI as well); AlertRoutingIT runs the same path against the Debian "
                + "prometheus and prometheus-alertmanager binaries.");
    }

    @AfterAll
    static void stopContainers() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void metadataServiceDownReachesPagerDutyAndSlackThroughTheContainers(TestInfo test) {
        int pages = stack.pagerDuty().mark();
        int posts = stack.slack().mark();
        int mails = stack.email().mark();
        try {
            awaitUp(METADATA);
            stack.exporter().stop(METADATA);
            JsonNode page = stack.pagerDuty().awaitEvent(pages, "trigger", "MetadataServiceDown");
            assertEquals("critical", page.path("payload").path("severity").asText(), page::toString);
            stack.slack().awaitMessage(posts, "FIRING", "MetadataServiceDown", "");
            stack.exporter().start(METADATA);
            stack.pagerDuty().awaitEvent(pages, "resolve", "MetadataServiceDown");
            assertFalse(stack.email().mentions(mails, "MetadataServiceDown"), "a critical alert was mailed");
        } catch (RuntimeException | AssertionError e) {
            e.addSuppressed(new IllegalStateException(test.getDisplayName() + " container logs:\n" + stack.logs()));
            throw e;
        }
    }

    @Test
    void grafanaQueriesPrometheusThroughItsProvisionedDatasource() {
        String query = URLEncoder.encode("up{job=\"" + METADATA + "\"}", StandardCharsets.UTF_8);
        URI proxied = URI.create(stack.grafanaUrl() + "/api/datasources/proxy/uid/prometheus/api/v1/query?query=" + query);
        Await.until("Grafana returns the metadata service's up series from Prometheus", () -> {
            JsonNode answer = HttpJson.get(proxied);
            return answer.path("data").path("result").size() == 1 ? Optional.of(answer) : Optional.empty();
        });
    }

    private static void awaitUp(String job) {
        String query = URLEncoder.encode("max(up{job=\"" + job + "\"})", StandardCharsets.UTF_8);
        Await.until("Prometheus in its container scrapes " + job, () -> {
            JsonNode result = HttpJson.get(URI.create(stack.prometheusUrl() + "/api/v1/query?query=" + query))
                    .path("data").path("result");
            return result.size() == 1 && "1".equals(result.path(0).path("value").path(1).asText());
        });
    }
}
