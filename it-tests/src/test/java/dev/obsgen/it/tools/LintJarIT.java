package dev.obsgen.it.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.definitions.metaflow.MetaflowObservability;
import dev.obsgen.model.Observability;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's {@code java -jar obsgen-core-VERSION-cli.jar lint ...}, run as a user runs it. */
class LintJarIT {
    @TempDir
    Path scratch;

    private static Path cliJar() throws IOException {
        Path target = Path.of("../core/target").toAbsolutePath().normalize();
        try (Stream<Path> jars = Files.list(target)) {
            return jars.filter(p -> p.getFileName().toString().matches("obsgen-core-.*-cli\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no obsgen-core-*-cli.jar in " + target + "; build core first"));
        }
    }

    private record Run(int status, String output) {
    }

    private Run lint(String... paths) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
                cliJar().toString(), "lint"));
        command.addAll(List.of(paths));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "lint did not finish within two minutes");
        return new Run(process.exitValue(), output);
    }

    @Test
    void theCommittedRuleFilesLintWithoutErrors() throws Exception {
        Run run = lint(Outputs.committed().resolve("prometheus/rules").toString());
        assertEquals(0, run.status(), run.output());
        Observability model = dev.obsgen.core.slo.SloRules.expand(MetaflowObservability.model().build());
        int rules = model.alerts().size() + model.recordingRules().size();
        // A suppression does not travel with the rule file: each SLO's sloth_slo_info, named as Sloth names it, is a
        // recording/name warning again.
        long slos = MetaflowObservability.model().build().slos().size();
        assertTrue(run.output().strip().endsWith(model.ruleGroups().size() + " files, " + rules
                + " rules, 0 errors, " + slos + " warnings"), run.output());
        assertEquals(slos, run.output().lines().filter(line -> line.contains("warning[recording/name] recording rule "
                + "'sloth_slo_info'")).count(), run.output());
    }

    @Test
    void theDesignsRatioIsAnErrorAtItsLineAndColumn() throws Exception {
        Path rules = scratch.resolve("design.yml");
        Files.writeString(rules, """
                groups:
                  - name: metaflow-critical
                    rules:
                      - alert: HighRunFailureRate
                        expr: rate(metaflow_runs_total{status="failed"}[1h]) / rate(metaflow_runs_total[1h]) > 0.1
                        for: 15m
                        labels: {severity: warning}
                        annotations: {summary: High run failure rate., description: Above 10%.}
                """);
        Run run = lint(rules.toString());
        assertEquals(1, run.status(), run.output());
        assertTrue(run.output().contains(rules + ":5:15: error[promql/self-ratio]"), run.output());
        assertTrue(run.output().strip().endsWith("1 files, 1 rules, 1 errors, 0 warnings"), run.output());
    }

    /** {@code lint --catalog obsgen-catalog.json}: the model's rules as generated are clean, a misspelt metric is not. */
    @Test
    void rulesAgainstTheGeneratedCatalog() throws Exception {
        Path catalog = null;
        for (dev.obsgen.core.write.GeneratedFile file : dev.obsgen.core.Generation.standard()
                .render(MetaflowObservability.model().build(), dev.obsgen.core.render.RenderSettings.of("Metaflow"))
                .output().files()) {
            if (file.path().equals("obsgen-catalog.json") || file.path().startsWith("prometheus/rules/")) {
                Path written = scratch.resolve(file.path());
                Files.createDirectories(written.getParent());
                Files.write(written, file.content());
                catalog = file.path().equals("obsgen-catalog.json") ? written : catalog;
            }
        }
        Run clean = lint("--catalog", String.valueOf(catalog), scratch.resolve("prometheus/rules").toString());
        assertEquals(0, clean.status(), clean.output());
        // Clean but for each SLO's sloth_slo_info, whose recording/name suppression does not travel with the file.
        long slos = MetaflowObservability.model().build().slos().size();
        assertTrue(clean.output().strip().endsWith(" rules, 0 errors, " + slos + " warnings"), clean.output());

        Path rules = Files.writeString(scratch.resolve("misspelt.yml"), """
                groups:
                  - name: hand-written
                    rules:
                      - record: flow_name:metaflow_runs:rate5m
                        expr: sum by (flow_name) (rate(metaflow_runz_total[5m]))
                """);
        Run misspelt = lint("--catalog", String.valueOf(catalog), rules.toString());
        assertEquals(1, misspelt.status(), misspelt.output());
        assertTrue(misspelt.output().contains(rules + ":5:40: error[promql/unknown-metric] recording rule "
                + "'flow_name:metaflow_runs:rate5m': metric 'metaflow_runz_total' is not declared; did you mean "
                + "'metaflow_runs_total'?"), misspelt.output());
    }

    @Test
    void aMissingPathIsAClearMessageNotAStackTrace() throws Exception {
        Run run = lint(scratch.resolve("nowhere.yml").toString());
        assertEquals(1, run.status(), run.output());
        assertTrue(run.output().contains("nowhere.yml:0:0: error[lint/input] no such file or directory"), run.output());
        assertTrue(!run.output().contains("Exception"), run.output());
    }
}
