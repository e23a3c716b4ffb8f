package dev.obsgen.it.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.obsgen.definitions.metaflow.MetaflowObservability;
import dev.obsgen.model.Observability;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed Prometheus outputs of the Metaflow model, and the awkward corners of rendering, through the real promtool. */
class PromtoolIT {
    private static Tool promtool;

    @TempDir
    Path scratch;

    @BeforeAll
    static void findPromtool() {
        promtool = Tool.require("promtool", "prometheus");
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void everyCommittedRuleFilePassesCheckRules() throws Exception {
        Path rules = Outputs.committed().resolve("prometheus/rules");
        List<Path> files = files(rules, ".yml");
        assertEquals(dev.obsgen.core.slo.SloRules.expand(MetaflowObservability.model().build()).ruleGroups().size(),
                files.size());
        for (Path file : files) {
            promtool.run(rules, "check", "rules", file.getFileName().toString()).assertSuccess();
        }
    }

    @Test
    void everyCommittedAlertTestPasses() throws Exception {
        Path tests = Outputs.committed().resolve("prometheus/tests");
        List<Path> files = files(tests, ".test.yml");
        assertTrue(files.size() >= 5, "expected a test file per rule group, found " + files);
        for (Path file : files) {
            Tool.Result result = promtool.run(tests, "test", "rules", file.getFileName().toString()).assertSuccess();
            assertTrue(result.output().contains("SUCCESS"), result.output());
        }
    }

    @Test
    void theTestsWouldCatchABrokenAlert() throws Exception {
        Path tests = Outputs.committed().resolve("prometheus/tests");
        Path copy = Files.createDirectories(scratch.resolve("prometheus"));
        Files.createDirectories(copy.resolve("rules"));
        Files.createDirectories(copy.resolve("tests"));
        for (Path rule : files(Outputs.committed().resolve("prometheus/rules"), ".yml")) {
            String text = Files.readString(rule).replace("batch_pending_jobs > 1000", "batch_pending_jobs > 5000");
            Files.writeString(copy.resolve("rules").resolve(rule.getFileName()), text);
        }
        Files.copy(tests.resolve("metaflow-critical.test.yml"), copy.resolve("tests/metaflow-critical.test.yml"));
        Tool.Result result = promtool.run(copy.resolve("tests"), "test", "rules", "metaflow-critical.test.yml");
        assertEquals(1, result.status(), result.output());
        assertTrue(result.output().contains("BatchQueueBacklog"), result.output());
    }

    @Test
    void thePrometheusRuleResourceHoldsValidGroups() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Path resource = Outputs.committed().resolve("kubernetes/metaflow-prometheusrule.yaml");
        JsonNode document = yaml.readTree(resource.toFile());
        assertEquals("monitoring.coreos.com/v1", document.get("apiVersion").asText());
        assertEquals("PrometheusRule", document.get("kind").asText());
        Path spec = scratch.resolve("spec.yml");
        yaml.writeValue(spec.toFile(), document.get("spec"));
        promtool.run(scratch, "check", "rules", spec.toString()).assertSuccess();
    }

    /**
     * Debian's promtool 2.42 is built without Kubernetes discovery and rejects {@code kubernetes_sd_configs}, so the
     * committed config is checked in two parts: the committed file with its Kubernetes jobs swapped for static
     * targets by the same renderer, and the Kubernetes section itself by the renderer's golden test.
     */
    @Test
    void prometheusConfigPassesCheckConfigWithKubernetesJobsAsStaticTargets() throws Exception {
        Observability model = Outputs.withKubernetesJobsAsStaticTargets(MetaflowObservability.model().build());
        Path out = Outputs.render(model, scratch.resolve("out"));
        Tool.Result result = promtool.run(out.resolve("prometheus"), "check", "config", "prometheus.yml").assertSuccess();
        int groups = dev.obsgen.core.slo.SloRules.expand(model).ruleGroups().size();
        assertTrue(result.output().contains("SUCCESS: " + groups + " rule files found"), result.output());
        String committed = Files.readString(Outputs.committed().resolve("prometheus/prometheus.yml"));
        assertTrue(committed.contains("kubernetes_sd_configs"), "the committed config keeps Kubernetes discovery");
        assertTrue(committed.contains("ec2_sd_configs"), "the committed config keeps EC2 discovery");
    }

    @Test
    void awkwardLabelValuesAndAnnotationsLoadAndTest() throws Exception {
        Path out = Outputs.render(AwkwardModel.model(), scratch.resolve("awkward"));
        promtool.run(out.resolve("prometheus/rules"), "check", "rules", "awkward.yml").assertSuccess();
        Tool.Result result = promtool.run(out.resolve("prometheus/tests"), "test", "rules", "awkward.test.yml")
                .assertSuccess();
        assertTrue(result.output().contains("SUCCESS"), result.output());
    }
}
