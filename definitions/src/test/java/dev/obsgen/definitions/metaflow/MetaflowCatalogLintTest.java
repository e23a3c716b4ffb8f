package dev.obsgen.definitions.metaflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.Generation;
import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.promql.CatalogEntry;
import dev.obsgen.core.check.promql.CatalogFile;
import dev.obsgen.core.check.promql.ModelCatalog;
import dev.obsgen.core.cli.Obsgen;
import dev.obsgen.core.lint.Lint;
import dev.obsgen.core.lint.LintCatalog;
import dev.obsgen.core.lint.LintProblem;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.slo.SloRules;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules written by hand, linted against the {@code obsgen-catalog.json} the Metaflow model generates, get the
 * findings the model's own rules would: each broken rule of {@code lint/metaflow-foreign-rules.yml} exactly its check
 * id at the spot it points at, and the correct rules nothing.
 */
class MetaflowCatalogLintTest {
    private static final Observability MODEL = new MetaflowObservability().define();
    private static final String RULES = "/lint/metaflow-foreign-rules.yml";
    private static final Pattern FINDING = Pattern.compile(".*:(\\d+:\\d+): \\w+\\[([^\\]]+)\\] alert '([^']*)': .*");

    /** One expected finding: the alert, the check, where it points (line, column, the text there) and what it says. */
    private record Row(String alert, String checkId, int line, int column, String spot, String says) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("RunsMisspelt", "promql/unknown-metric", 9, 24, "metaflow_runz_total",
                    "'metaflow_runz_total' is not declared; did you mean 'metaflow_runs_total'"),
            new Row("RunsByUnknownLabel", "promql/unknown-label", 16, 44, "flow=",
                    "has no label 'flow'"),
            new Row("RunsWithUndeclaredStatus", "promql/label-value", 23, 44, "status=\"failure\"",
                    "'failure' of label 'status' matches none of the values"),
            new Row("ActiveRunsRate", "promql/rate-on-gauge", 30, 19, "rate(metaflow_runs_active",
                    "metaflow_runs_active"),
            new Row("RunsCountedRaw", "promql/counter-without-rate", 37, 15, "metaflow_runs_total",
                    "metaflow_runs_total"),
            new Row("QuantileOfCounter", "promql/histogram-quantile", 44, 45, "metaflow_runs_total",
                    "histogram_quantile over 'metaflow_runs_total', which is a counter"),
            new Row("QuantileWithoutLe", "promql/histogram-quantile", 53, 13, "sum by (flow_name)",
                    "drops the 'le' label"),
            new Row("StepsRateTooShort", "promql/rate-range", 60, 24, "metaflow_steps_total[30s]",
                    "scraped every 30s; use a range of at least 60s"),
            new Row("FailedRunsByFlow", "alert/template-label", 72, 64, "$labels.status",
                    "refers to $labels.status, but the alert's series carry only [flow_name]"),
            new Row("RunsWithoutCondition", "alert/comparison", 74, 15, "sum by (flow_name)",
                    "has no comparison"),
            new Row("RunsFailingUrgently", "alert/severity", 83, 21, "urgent",
                    "severity 'urgent' is not one of critical, warning, info"));

    @TempDir
    Path dir;

    private Path catalog;
    private Path rules;

    @BeforeEach
    void writeTheCatalog() throws IOException, URISyntaxException {
        List<GeneratedFile> files = Generation.standard()
                .render(MODEL, RenderSettings.of(MetaflowObservability.class.getName())).output().files().stream()
                .filter(file -> file.path().equals(CatalogFile.PATH))
                .toList();
        assertEquals(1, files.size(), "one " + CatalogFile.PATH);
        catalog = Files.write(dir.resolve(CatalogFile.PATH), files.get(0).content());
        rules = Path.of(Objects.requireNonNull(getClass().getResource(RULES), RULES).toURI());
    }

    @Test
    void everyBrokenRuleGetsItsCheckAtItsSpotAndTheCorrectOnesNone() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Obsgen.run(new String[] {"lint", "--catalog", catalog.toString(), rules.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        List<String> printed = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(1, status, String.join("\n", printed));

        List<String> lines = Files.readAllLines(rules);
        // The findings, then the line naming the checks lint skipped because they need a model, then the summary.
        List<String> findings = printed.subList(0, printed.size() - 2);
        assertTrue(printed.get(printed.size() - 2).startsWith("skipped "), printed.get(printed.size() - 2));
        assertEquals(ROWS.stream().map(row -> row.line() + ":" + row.column() + " " + row.checkId() + " " + row.alert())
                        .toList(),
                findings.stream().map(MetaflowCatalogLintTest::where).toList(), String.join("\n", printed));
        for (int i = 0; i < ROWS.size(); i++) {
            Row row = ROWS.get(i);
            String finding = findings.get(i);
            assertTrue(finding.contains(row.says()), finding + "\n  does not say: " + row.says());
            assertTrue(lines.get(row.line() - 1).substring(row.column() - 1).startsWith(row.spot()),
                    row.alert() + ": line " + row.line() + " column " + row.column() + " is not at '" + row.spot() + "': "
                            + lines.get(row.line() - 1));
        }
        long errors = ROWS.stream().filter(row -> !row.checkId().equals("alert/comparison")).count();
        assertEquals("1 files, 19 rules, " + errors + " errors, 1 warnings", printed.get(printed.size() - 1));
    }

    // "file:12:3: error[promql/unknown-metric] alert 'X': ..." as "12:3 promql/unknown-metric X".
    private static String where(String finding) {
        Matcher matcher = FINDING.matcher(finding);
        assertTrue(matcher.matches(), finding);
        return matcher.group(1) + " " + matcher.group(2) + " " + matcher.group(3);
    }

    /**
     * The model's own rules, as generation writes them, pass lint against its catalog as they pass the model's checks,
     * but for what the model suppresses: a suppression does not travel with the rule file, so each SLO's
     * {@code sloth_slo_info}, whose name Sloth gives, is a recording/name warning again.
     */
    @Test
    void theModelsOwnRulesLintCleanAgainstItsCatalog() throws IOException {
        List<Path> ruleFiles = new java.util.ArrayList<>();
        for (GeneratedFile file : Generation.standard()
                .render(MODEL, RenderSettings.of(MetaflowObservability.class.getName())).output().files()) {
            if (file.path().startsWith("prometheus/rules/")) {
                Path written = dir.resolve(file.path());
                Files.createDirectories(written.getParent());
                ruleFiles.add(Files.write(written, file.content()));
            }
        }
        assertTrue(ruleFiles.size() > 5, "rule files: " + ruleFiles);
        List<String> problems = new Lint(CheckRegistry.standard(), LintCatalog.read(catalog)).run(ruleFiles).problems()
                .stream().map(p -> p.severity().label() + "[" + p.checkId() + "] " + p.message()).toList();
        assertEquals(java.util.Collections.nCopies(MODEL.slos().size(), "warning[recording/name] recording rule "
                + "'sloth_slo_info': name it level:metric:operations, such as 'job:http_requests:rate5m'"), problems);
    }

    @Test
    void withoutTheCatalogTheTypedChecksCannotTell() {
        Set<String> typed = Set.of("promql/unknown-metric", "promql/unknown-label", "promql/label-value",
                "promql/rate-range");
        List<LintProblem> problems = new Lint(CheckRegistry.standard(), LintCatalog.names()).run(List.of(rules))
                .problems();
        assertEquals(List.of(), problems.stream().map(LintProblem::checkId).filter(typed::contains).toList());
        // Without the catalog's routing, alert/severity checks the standard set, and a miss is a warning.
        assertEquals(List.of("83:21 warning[alert/severity]"), problems.stream()
                .filter(p -> p.checkId().equals("alert/severity"))
                .map(p -> p.line() + ":" + p.column() + " " + p.severity().label() + "[" + p.checkId() + "]").toList());
    }

    /** The file read back knows each series as the model's own catalog does, SLO-recorded series included. */
    @Test
    void theCatalogReadBackIsTheModelsCatalog() throws IOException {
        // The SLOs' recorded series are in the file because generation expands the model before it renders.
        ModelCatalog model = ModelCatalog.of(SloRules.expand(MODEL));
        LintCatalog read = LintCatalog.read(catalog);
        assertTrue(read.metrics().complete());
        assertEquals(new HashSet<>(model.names()), new HashSet<>(read.metrics().names()));
        assertTrue(model.names().stream().anyMatch(name -> name.startsWith("slo:")), "the SLOs' series are listed");
        for (String name : model.names()) {
            assertEquals(comparable(model.lookup(name).orElseThrow()), comparable(read.metrics().lookup(name).orElseThrow()),
                    name);
        }
        assertEquals(List.of("critical", "warning", "info"), read.routedSeverities().orElseThrow());
    }

    // Declared values are written sorted; their order carries no meaning.
    private static CatalogEntry comparable(CatalogEntry entry) {
        Map<String, List<String>> values = entry.allowedValues().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream().sorted().toList(),
                        (a, b) -> a, TreeMap::new));
        return new CatalogEntry(entry.series(), entry.metric(), entry.type(), entry.role(), entry.labels(), values,
                entry.scrapeIntervalMillis(), entry.recorded());
    }
}
