package dev.obsgen.it.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.obsgen.core.cli.Obsgen;
import dev.obsgen.it.stack.Await;
import dev.obsgen.it.stack.Binaries;
import dev.obsgen.it.stack.HttpJson;
import dev.obsgen.it.stack.PrometheusProcess;
import dev.obsgen.it.stack.StackFiles;
import dev.obsgen.it.stack.SyntheticExporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code obsgen verify} against a real Prometheus that scrapes an exporter faithful to {@link VerifyShop} (job
 * {@code orders}) and one that drifts on purpose (job {@code payments}: a renamed metric, an extra label, a value
 * outside a closed set, a counter served as a gauge, scraped every 2s where the model says 1s), and runs the model's
 * rules with one left out and one alert changed. Every drift is reported with its check, and nothing about the
 * faithful job.
 */
class VerifyIT {
    @TempDir
    static Path directory;

    private static SyntheticExporter faithful;
    private static SyntheticExporter drifting;
    private static PrometheusProcess prometheus;

    @BeforeAll
    static void start() throws IOException {
        Path binary = Binaries.prometheus();
        faithful = SyntheticExporter.start(VerifyShop.model("127.0.0.1:1", "127.0.0.1:1"));
        drifting = SyntheticExporter.start(VerifyShop.drifted());
        drifting.set("payments_processed_total", Map.of("method", "cash", "region", "eu"), 3);
        drifting.grow("payments_refunds_total", Map.of(), 1);
        String orders = faithful.target("orders");
        String payments = drifting.target("payments");
        System.setProperty(VerifyShop.ORDERS, orders);
        System.setProperty(VerifyShop.PAYMENTS, payments);
        Path config = StackFiles.render(VerifyShop.served(orders, payments), directory.resolve("config"));
        prometheus = PrometheusProcess.start(binary, config.resolve(StackFiles.PROMETHEUS_CONFIG),
                directory.resolve("data"), Files.createDirectories(directory.resolve("logs")).resolve("prometheus.log"));
        // Verify once both jobs were scraped and the drifting job's metadata is in.
        Await.until("both jobs scraped and their metadata known", Duration.ofSeconds(30), () -> {
            JsonNode targets = prometheus.activeTargets();
            long up = 0;
            for (JsonNode target : targets) {
                up += "up".equals(target.path("health").asText()) ? 1 : 0;
            }
            JsonNode metadata = HttpJson.get(URI.create(prometheus.baseUrl()
                    + "/api/v1/metadata?metric=payments_refunds_total")).path("data");
            JsonNode histogram = HttpJson.get(URI.create(prometheus.baseUrl()
                    + "/api/v1/metadata?metric=orders_latency_seconds")).path("data");
            return up == 2 && metadata.has("payments_refunds_total") && histogram.has("orders_latency_seconds")
                    ? Optional.of(true) : Optional.empty();
        });
    }

    @AfterAll
    static void stop() {
        System.clearProperty(VerifyShop.ORDERS);
        System.clearProperty(VerifyShop.PAYMENTS);
        if (prometheus != null) {
            prometheus.stop();
        }
        if (drifting != null) {
            drifting.close();
        }
        if (faithful != null) {
            faithful.close();
        }
    }

    @Test
    void everyDriftIsReportedWithItsCheckAndTheFaithfulJobWithNone() throws IOException {
        Result json = verify("--format", "json");
        Result text = verify();
        String report = text.out() + text.err() + "\n---- prometheus log\n" + prometheus.logTail(30);
        assertEquals(1, json.status(), report);
        JsonNode root = HttpJson.JSON.readTree(json.out());
        List<String> findings = new ArrayList<>();
        for (JsonNode finding : root.path("findings")) {
            findings.add(finding.path("check").asText() + " " + finding.path("severity").asText() + " "
                    + finding.path("job").asText() + "/" + finding.path("metric").asText()
                    + finding.path("rule").asText());
        }
        assertEquals(new TreeSet<>(List.of(
                "verify/label-undeclared warning payments/payments_processed_total",
                "verify/label-value error payments/payments_processed_total",
                "verify/metric-missing error payments/payments_pending",
                "verify/metric-type error payments/payments_refunds_total",
                "verify/metric-undeclared warning payments/",
                "verify/rule-expr error /alert 'PaymentsBacklog' in group 'shop'",
                "verify/rule-missing error /recording rule 'job:payments_processed:rate5m' in group 'shop'",
                "verify/scrape-interval error payments/")), new TreeSet<>(findings), report);
        assertEquals(findings.size(), new TreeSet<>(findings).size(), report);
        assertTrue(text.out().contains("verify/metric-undeclared warning job 'payments': exposes "
                + "'payments_pending_items', which the model does not declare\n"), report);
        assertTrue(text.out().contains("label 'method' takes 'cash', outside its declared values 'card', 'transfer'"),
                report);
        assertTrue(text.out().endsWith("7 metrics checked in 2 jobs: 6 errors, 2 warnings\n"), report);
        for (JsonNode finding : root.path("findings")) {
            assertTrue(!finding.path("job").asText().equals("orders"), "the faithful job has a finding: " + finding);
        }
    }

    @Test
    void theReadmesExampleOutputIsWhatThisServerGives() throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Verifying a running Prometheus"));
        List<String> example = section.lines().filter(l -> l.startsWith("verify/") || l.contains(" metrics checked in "))
                .toList();
        assertEquals(3, example.size(), "the README's example lost its lines: " + example);
        String out = verify().out();
        for (String line : example) {
            assertTrue(out.lines().anyMatch(line::equals), "not in the output: " + line + "\n" + out);
        }
    }

    private record Result(int status, String out, String err) {
    }

    private static Result verify(String... more) {
        List<String> args = new ArrayList<>(List.of("verify", "--model", VerifyShop.class.getName(),
                "--prometheus", prometheus.baseUrl().toString(), "--timeout", "5s"));
        args.addAll(List.of(more));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Obsgen.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
