package dev.obsgen.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.check.Check;
import dev.obsgen.core.check.CheckInput;
import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.promql.NameCatalog;
import dev.obsgen.core.cli.Obsgen;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Input lint cannot use is reported, never thrown: each bad file is one lint/input error that names the file and,
 * where there is one, the line and column. The summary line has one fixed shape, and a finding inside a block
 * scalar points at the file's own line and column.
 */
class LintBadInputTest {
    private static final String SHAPE = ": error[lint/input] ";
    /** The registry's checks lint cannot run, because they need a model, named in one line. */
    private static final String SKIPPED = "skipped " + CheckRegistry.standard().needModel(CheckInput.RULE_FILES, CheckInput.DASHBOARD_FILES).size()
            + " checks that need a model: " + CheckRegistry.standard().needModel(CheckInput.RULE_FILES, CheckInput.DASHBOARD_FILES).stream()
            .map(Check::id).collect(Collectors.joining(", "));

    @TempDir
    Path dir;

    private static LintReport lint(Path... inputs) {
        return new Lint(CheckRegistry.standard(), new NameCatalog()).run(List.of(inputs));
    }

    private static List<String> formatted(LintReport report) {
        return report.problems().stream().map(LintProblem::format).toList();
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("not-yaml.yml", "groups: [\n  {name: a\n",
                        "3:1" + SHAPE + "is not valid YAML: expected ',' or '}', but got <stream end>"),
                Arguments.of("empty.yml", "", "1:1" + SHAPE + "is empty: a rule file has 'groups:'"),
                Arguments.of("scalar.yml", "just some words\n",
                        "1:1" + SHAPE + "is not a rule file: expected a mapping with 'groups:'"),
                Arguments.of("no-groups.yml", "rules:\n  - record: a:b\n    expr: up\n",
                        "1:1" + SHAPE + "is not a rule file: no 'groups:' (nor a PrometheusRule with spec.groups)"),
                Arguments.of("groups-not-a-list.yml", "groups:\n  name: api\n  rules: []\n",
                        "2:3" + SHAPE + "'groups' must be a list"),
                Arguments.of("rules-not-a-list.yml", "groups:\n  - name: api\n    rules: up == 0\n",
                        "3:12" + SHAPE + "'rules' of group 'api' must be a list"),
                Arguments.of("neither-alert-nor-record.yml",
                        "groups:\n  - name: api\n    rules:\n      - expr: up == 0\n        for: 5m\n",
                        "4:9" + SHAPE + "a rule needs 'alert' or 'record'"),
                Arguments.of("no-expr.yml",
                        "groups:\n  - name: api\n    rules:\n      - alert: TargetDown\n        for: 5m\n",
                        "4:9" + SHAPE + "rule 'TargetDown' has no 'expr'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsOneShapeErrorNamingTheFile(String name, String content, String expected) throws IOException {
        Path file = Files.writeString(dir.resolve(name), content);
        LintReport report = lint(file);
        assertEquals(List.of(file + ":" + expected), formatted(report));
        assertEquals(1, report.files());
        assertEquals(0, report.rules());
    }

    @Test
    void aFileThatIsNotUtf8TextIsAnErrorNamingTheFile() throws IOException {
        Path file = Files.write(dir.resolve("binary.yml"), new byte[] {0x00, 0x01, (byte) 0xff, (byte) 0xfe, 0x7f});
        List<String> problems = formatted(lint(file));
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith(file + ":0:0" + SHAPE + "cannot be read as UTF-8 text"),
                problems::toString);
    }

    @Test
    void aMissingPathIsAnErrorNamingThePath() {
        Path missing = dir.resolve("nowhere/rules.yml");
        LintReport report = lint(missing);
        assertEquals(List.of(missing + ":0:0" + SHAPE + "no such file or directory"), formatted(report));
        assertEquals("0 files, 0 rules, 1 errors, 0 warnings", report.summary());
    }

    @Test
    void aDirectoryIsWalkedForYamlFilesOnly() throws IOException {
        Path nested = Files.createDirectories(dir.resolve("team/payments"));
        Files.writeString(dir.resolve("team/recording.yml"),
                "groups:\n  - name: rec\n    rules:\n      - record: job:up:sum\n        expr: sum by (job) (up)\n");
        Files.writeString(nested.resolve("alerts.yaml"), """
                groups:
                  - name: payments
                    rules:
                      - alert: PaymentsDown
                        expr: up{job="payments"} == 0
                        labels:
                          severity: critical
                        annotations:
                          summary: "{{ $labels.instance }} is down"
                          description: "The payments target {{ $labels.instance }} failed its scrape."
                """);
        Path broken = Files.writeString(nested.resolve("broken.yml"), "groups:\n  name: x\n");
        Files.writeString(nested.resolve("notes.txt"), "not a rule file, and not read");
        LintReport report = lint(dir);
        assertEquals(List.of(broken + ":2:3" + SHAPE + "'groups' must be a list"), formatted(report));
        assertEquals("3 files, 2 rules, 1 errors, 0 warnings", report.summary());
    }

    static Stream<Arguments> otherYaml() {
        return Stream.of(
                Arguments.of("deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n",
                        "1:1" + SHAPE + "is not a rule file: no 'groups:' (nor a PrometheusRule with spec.groups)"),
                Arguments.of("alertmanager.yml", "route:\n  receiver: team\nreceivers:\n  - name: team\n",
                        "1:1" + SHAPE + "is not a rule file: no 'groups:' (nor a PrometheusRule with spec.groups)"),
                Arguments.of("values.yaml", "- just\n- a list\n",
                        "1:1" + SHAPE + "is not a rule file: expected a mapping with 'groups:'"),
                Arguments.of("empty.yml", "", "1:1" + SHAPE + "is empty: a rule file has 'groups:'"));
    }

    /** In a folder, YAML that is no rule file is skipped with a note; named on its own, it is an error. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("otherYaml")
    void yamlThatIsNoRuleFileIsSkippedInAFolderAndAnErrorWhenNamed(String name, String content, String named)
            throws IOException {
        Path rules = Files.writeString(dir.resolve("rules.yml"),
                "groups:\n  - name: rec\n    rules:\n      - record: job:up:sum\n        expr: sum by (job) (up)\n");
        Path other = Files.writeString(dir.resolve(name), content);
        LintReport folder = lint(dir);
        assertEquals(List.of(other + ":1:1: note[lint/input] skipped: neither a rule file (groups:) nor a "
                + "PrometheusRule"), formatted(folder));
        assertEquals("1 files, 1 rules, 0 errors, 0 warnings", folder.summary());
        LintReport alone = lint(rules, other);
        assertEquals(List.of(other + ":" + named), formatted(alone));
        assertEquals("2 files, 1 rules, 1 errors, 0 warnings", alone.summary());
    }

    @Test
    void aBrokenRuleFileInAFolderIsStillAnError() throws IOException {
        Path manifest = Files.writeString(dir.resolve("rules.yaml"),
                "apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nspec:\n  groups: {name: x}\n");
        assertEquals(List.of(manifest + ":4:11" + SHAPE + "'groups' must be a list"), formatted(lint(dir)));
    }

    @Test
    void tenThousandRulesLintWithoutError() throws IOException {
        String pair = """
                      - record: shard:requests:rate5m_%1$d_%2$d
                        expr: sum by (job) (rate(requests_total{shard="%1$d-%2$d"}[5m]))
                      - alert: RequestErrors%1$dx%2$d
                        expr: |
                          sum by (job) (rate(request_errors_total{shard="%1$d-%2$d"}[5m]))
                            / sum by (job) (rate(requests_total{shard="%1$d-%2$d"}[5m])) > 0.05
                        for: 5m
                        labels:
                          severity: warning
                        annotations:
                          summary: "{{ $labels.job }} fails requests"
                          description: "{{ $value | humanizePercentage }} of the requests fail."
                """;
        StringBuilder yaml = new StringBuilder("groups:\n");
        for (int group = 0; group < 100; group++) {
            yaml.append("  - name: shard-").append(group).append("\n    rules:\n");
            for (int rule = 0; rule < 50; rule++) {
                yaml.append(pair.formatted(group, rule));
            }
        }
        Path file = Files.writeString(dir.resolve("large.yml"), yaml);
        LintReport report = lint(file);
        assertEquals("1 files, 10000 rules, 0 errors, 0 warnings", report.summary(),
                () -> formatted(report).stream().limit(20).collect(Collectors.joining("\n")));
    }

    @Test
    void theCommandPrintsFindingsThenExactlyTheSummaryLine() throws IOException {
        Path file = Files.writeString(dir.resolve("rules.yml"), """
                groups:
                  - name: api
                    rules:
                      - record: job:requests:rate5m
                        expr: sum by (job) (rate(requests_total[5m]))
                      - record: job:requests:broken
                        expr: sum by (job) (rate(requests_total[5m])
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = lintCommand(file, out, err);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(1, status, "errors exit 1");
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(3, lines.size(), lines::toString);
        assertEquals(file + ":7:53: error[promql/syntax] recording rule 'job:requests:broken': "
                + "unclosed left parenthesis", lines.get(0));
        assertEquals(SKIPPED, lines.get(1));
        assertEquals("1 files, 2 rules, 1 errors, 0 warnings", lines.get(2));
        assertTrue(lines.get(2).matches("\\d+ files, \\d+ rules, \\d+ errors, \\d+ warnings"), lines.get(2));
    }

    @Test
    void aCleanFilePrintsOnlyTheSummaryAndExitsZero() throws IOException {
        Path file = Files.writeString(dir.resolve("rules.yml"),
                "groups:\n  - name: api\n    rules:\n      - record: job:up:sum\n        expr: sum by (job) (up)\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = lintCommand(file, out, new ByteArrayOutputStream());
        assertEquals(0, status);
        assertEquals(List.of(SKIPPED, "1 files, 1 rules, 0 errors, 0 warnings"),
                out.toString(StandardCharsets.UTF_8).lines().toList());
    }

    private static int lintCommand(Path file, ByteArrayOutputStream out, ByteArrayOutputStream err) {
        return Obsgen.run(new String[] {"lint", file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    static Stream<Arguments> scalarStyles() {
        return Stream.of(
                Arguments.of("literal block", "        expr: |\n          histogram_quantile(0.9,\n"
                        + "            sum by (job) (rate(latency_seconds_bucket[5m])))\n", 7, 13),
                Arguments.of("literal block, stripped", "        expr: |-\n          histogram_quantile(0.9,\n"
                        + "            sum by (job) (rate(latency_seconds_bucket[5m])))\n", 7, 13),
                Arguments.of("folded block", "        expr: >-\n          histogram_quantile(0.9,\n"
                        + "          sum by (job) (rate(latency_seconds_bucket[5m])))\n", 7, 11),
                Arguments.of("plain",
                        "        expr: histogram_quantile(0.9, sum by (job) (rate(latency_seconds_bucket[5m])))\n", 5, 39),
                Arguments.of("double-quoted",
                        "        expr: \"histogram_quantile(0.9, sum by (job) (rate(latency_seconds_bucket[5m])))\"\n", 5, 40));
    }

    /** The same expressions in a PrometheusRule manifest: five lines further down and two columns further in. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("scalarStyles")
    void aFindingInAPrometheusRulePointsAtTheFilesLineAndColumn(String style, String exprYaml, int line, int column)
            throws IOException {
        String rules = "groups:\n  - name: latency\n    rules:\n      - record: job:latency_seconds:p90\n" + exprYaml;
        String yaml = "apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata:\n  name: latency\nspec:\n"
                + rules.indent(2);
        Path file = Files.writeString(dir.resolve("position.yaml"), yaml);
        List<LintProblem> problems = lint(file).problems();
        assertEquals(1, problems.size(), problems::toString);
        LintProblem problem = problems.get(0);
        assertEquals("promql/histogram-quantile", problem.checkId());
        assertEquals((line + 5) + ":" + (column + 2), problem.line() + ":" + problem.column(), problem::format);
        String sourceLine = yaml.lines().toList().get(problem.line() - 1);
        assertTrue(sourceLine.substring(problem.column() - 1).startsWith("sum by (job)"), sourceLine);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scalarStyles")
    void aFindingPointsAtTheFilesLineAndColumn(String style, String exprYaml, int line, int column) throws IOException {
        String yaml = "groups:\n  - name: latency\n    rules:\n      - record: job:latency_seconds:p90\n" + exprYaml;
        Path file = Files.writeString(dir.resolve("position.yml"), yaml);
        List<LintProblem> problems = lint(file).problems();
        assertEquals(1, problems.size(), problems::toString);
        LintProblem problem = problems.get(0);
        assertEquals("promql/histogram-quantile", problem.checkId());
        assertEquals(line + ":" + column, problem.line() + ":" + problem.column(), problem::format);
        String sourceLine = yaml.lines().toList().get(line - 1);
        assertTrue(sourceLine.substring(column - 1).startsWith("sum by (job)"), sourceLine);
    }
}
