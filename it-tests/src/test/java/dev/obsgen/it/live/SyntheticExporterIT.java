package dev.obsgen.it.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.definitions.metaflow.MetaflowObservability;
import dev.obsgen.definitions.metaflow.MetaflowScrapeJobs;
import dev.obsgen.it.stack.Await;
import dev.obsgen.it.stack.Binaries;
import dev.obsgen.it.stack.SyntheticExporter;
import dev.obsgen.model.Observability;
import dev.obsgen.model.metric.Histogram;
import dev.obsgen.model.metric.Metric;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The synthetic exporter serves what the model declares, in a format promtool accepts, and goes down on demand. */
class SyntheticExporterIT {
    private static final Observability MODEL = MetaflowObservability.model().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static SyntheticExporter exporter;

    @BeforeAll
    static void start() {
        exporter = SyntheticExporter.start(MODEL);
    }

    @AfterAll
    static void stop() {
        exporter.close();
    }

    @Test
    void everyEndpointServesTheTextFormatThatPromtoolAccepts() throws IOException, InterruptedException {
        for (var job : MODEL.scrapeJobs()) {
            HttpResponse<String> response = scrape(job.name());
            assertEquals(200, response.statusCode());
            assertEquals("text/plain; version=0.0.4; charset=utf-8",
                    response.headers().firstValue("Content-Type").orElse(""));
            Process promtool = new ProcessBuilder(Binaries.promtool().toString(), "check", "metrics")
                    .redirectErrorStream(true).start();
            try (OutputStream in = promtool.getOutputStream()) {
                in.write(response.body().getBytes(StandardCharsets.UTF_8));
            }
            String output = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(promtool.waitFor(30, TimeUnit.SECONDS), "promtool check metrics did not finish");
            assertEquals(0, promtool.exitValue(), () -> job.name() + ": " + output + "\n" + response.body());
        }
    }

    @Test
    void everyDeclaredMetricIsServedByItsJobWithHelpTypeAndDeclaredBuckets() throws IOException, InterruptedException {
        for (Metric metric : MODEL.metrics()) {
            String body = scrape(metric.job()).body();
            assertTrue(body.contains("# HELP " + metric.name() + " "), metric.name());
            assertTrue(body.contains("# TYPE " + metric.name() + " " + metric.type().name().toLowerCase(Locale.ROOT)), metric.name());
            if (metric instanceof Histogram histogram) {
                long buckets = body.lines().filter(l -> l.startsWith(metric.name() + "_bucket{")).count();
                long sums = body.lines().filter(l -> l.startsWith(metric.name() + "_sum{")).count();
                long counts = body.lines().filter(l -> l.startsWith(metric.name() + "_count{")).count();
                assertTrue(counts >= 1, metric.name());
                assertEquals(counts, sums, metric.name() + ": one _sum per series");
                assertEquals(counts * (histogram.buckets().size() + 1), buckets,
                        metric.name() + ": every declared bucket and +Inf for each series");
            }
        }
    }

    @Test
    void valuesAreServedAsSetAndHistogramsCountObservationsInTheirBuckets() throws IOException, InterruptedException {
        exporter.set("batch_pending_jobs", Map.of("job_queue", "exporter-test"), 1234);
        exporter.observe("metadata_latency_seconds", Map.of("endpoint", "/exporter-test"), 0.3, 0);
        String cloud = scrape(MetaflowScrapeJobs.CLOUD_EXPORTER).body();
        assertTrue(cloud.contains("batch_pending_jobs{job_queue=\"exporter-test\"} 1234\n"), cloud);
        String metadata = scrape(MetaflowScrapeJobs.METADATA_SERVICE).body();
        assertTrue(metadata.contains("metadata_latency_seconds_bucket{endpoint=\"/exporter-test\",le=\"0.5\"} 0\n"), metadata);
    }

    /** A fresh exporter, so the calm series the other tests read stay calm. */
    @Test
    void feedingEveryAllowedSeriesMovesOneSeriesPerCombinationOfEnumeratedValues() {
        try (SyntheticExporter fed = SyntheticExporter.start(MODEL)) {
            fed.feedEveryAllowedSeries();
            Await.until("every combination of operation and status grows, histograms observe, gauges hold 1", () -> {
                String workers = fed.exposition(MetaflowScrapeJobs.WORKERS);
                String metadata = fed.exposition(MetaflowScrapeJobs.METADATA_SERVICE);
                List<String> operations = workers.lines()
                        .filter(l -> l.startsWith("metaflow_artifact_operations_total{")).toList();
                boolean moved = operations.size() == 4 && operations.stream().noneMatch(l -> l.endsWith(" 0"))
                        && operations.stream().anyMatch(l -> l.contains("operation=\"download\",status=\"error\""))
                        && metadata.contains("postgres_max_connections 1\n")
                        && metadata.lines().anyMatch(l -> l.startsWith("metadata_latency_seconds_count{")
                        && !l.endsWith(" 0"));
                if (!moved) {
                    throw new IllegalStateException(String.join("\n", operations));
                }
                return java.util.Optional.of(true);
            });
        }
    }

    @Test
    void labelsTheModelDoesNotDeclareAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> exporter.set("batch_pending_jobs", Map.of("queue", "q"), 1));
        assertThrows(IllegalArgumentException.class, () ->
                exporter.grow("metaflow_runs_total", Map.of("status", "exploded"), 1));
        assertThrows(IllegalArgumentException.class, () -> exporter.set("not_declared", Map.of(), 1));
    }

    @Test
    void aStoppedEndpointRefusesConnectionsAndComesBackOnTheSamePort() throws IOException, InterruptedException {
        String job = MetaflowScrapeJobs.WORKERS;
        String target = exporter.target(job);
        exporter.stop(job);
        try {
            assertThrows(ConnectException.class, () -> scrape(job));
        } finally {
            exporter.start(job);
        }
        assertEquals(target, exporter.target(job));
        assertEquals(200, scrape(job).statusCode());
    }

    private static HttpResponse<String> scrape(String job) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://" + exporter.target(job) + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
