package dev.obsgen.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.check.Check;
import dev.obsgen.core.check.CheckInput;
import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.promql.NameCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lint runs the registry's checks that read rule files on each file's rule groups, as a model: each row is a rule
 * file and the findings it gets, at the file's line and column; the rows with none are correct files. The model's
 * conventions (names, annotations, severities where no routing is known) are warnings on rule files; what Prometheus
 * refuses is an error.
 */
class LintRegistryTest {
    private static final String GOOD_ALERT = """
                  - alert: ErrorsHigh
                    expr: sum by (job) (rate(errors_total[5m])) > 1
                    labels:
                      severity: warning
                    annotations:
                      summary: Errors are high.
                      description: "{{ $labels.job }} fails."
            """;

    @TempDir
    Path dir;

    private List<String> lint(Path... files) {
        return new Lint(CheckRegistry.standard(), new NameCatalog()).run(List.of(files)).problems().stream()
                .map(p -> dir.relativize(Path.of(p.file())) + ":" + p.line() + ":" + p.column() + " "
                        + p.severity().label() + "[" + p.checkId() + "] " + p.message())
                .toList();
    }

    private static String group(String name, String rules) {
        return "groups:\n  - name: " + name + "\n    rules:\n" + rules;
    }

    static Stream<Arguments> ruleFiles() {
        return Stream.of(
                Arguments.of("a correct alert and recording rule", group("api", GOOD_ALERT + """
                                  - record: job:errors:rate5m
                                    expr: sum by (job) (rate(errors_total[5m]))
                            """), List.of()),
                Arguments.of("alert/name: snake case", group("api", GOOD_ALERT.replace("ErrorsHigh", "errors_high")),
                        List.of("rules.yml:4:16 warning[alert/name] alert 'errors_high': alert name must be CamelCase "
                                + "(letters and digits, starting with a capital), such as 'MetadataServiceDown'")),
                Arguments.of("alert/name: longer than 40 characters",
                        group("api", GOOD_ALERT.replace("ErrorsHigh", "ErrorsHigh" + "Really".repeat(6))),
                        List.of("rules.yml:4:16 warning[alert/name] alert 'ErrorsHighReallyReallyReallyReallyReally"
                                + "Really': alert name has 46 characters; at most 40 are allowed")),
                Arguments.of("alert/annotations: no summary nor description", group("api", """
                                  - alert: ErrorsHigh
                                    expr: sum by (job) (rate(errors_total[5m])) > 1
                                    labels: {severity: critical}
                            """), List.of(
                        "rules.yml:4:1 warning[alert/annotations] alert 'ErrorsHigh': has no summary: one sentence "
                                + "saying what is wrong",
                        "rules.yml:4:1 warning[alert/annotations] alert 'ErrorsHigh': has no description: say what is "
                                + "affected, using {{ $labels.x }} and {{ $value }}")),
                Arguments.of("alert/annotations: a runbook_url that is no URL", group("api",
                        GOOD_ALERT + "          runbook_url: runbooks/errors.md\n"), List.of(
                        "rules.yml:4:1 warning[alert/annotations] alert 'ErrorsHigh': runbookUrl 'runbooks/errors.md' "
                                + "must be an absolute http or https URL")),
                Arguments.of("alert/annotations: a runbook_url that is one", group("api",
                        GOOD_ALERT + "          runbook_url: https://runbooks.example.com/errors-high\n"),
                        List.of()),
                Arguments.of("alert/severity: none", group("api", GOOD_ALERT.replace("""
                                    labels:
                                      severity: warning
                            """, "")), List.of(
                        "rules.yml:4:1 warning[alert/severity] alert 'ErrorsHigh': has no severity; set one of "
                                + "critical, warning, info")),
                Arguments.of("alert/severity: not a standard one", group("api", GOOD_ALERT.replace("warning", "page")),
                        List.of("rules.yml:7:21 warning[alert/severity] alert 'ErrorsHigh': severity 'page' is not "
                                + "one of critical, warning, info")),
                Arguments.of("recording/name: no level:metric:operations", group("api", """
                                  - record: errors_rate
                                    expr: sum by (job) (rate(errors_total[5m]))
                            """), List.of("rules.yml:4:17 warning[recording/name] recording rule 'errors_rate': name it "
                        + "level:metric:operations, such as 'job:http_requests:rate5m'")),
                Arguments.of("model/duration: for and keep_firing_for", group("api", GOOD_ALERT + """
                                    for: 5 minutes
                                    keep_firing_for: 10m
                            """), List.of("rules.yml:11:14 error[model/duration] alert 'ErrorsHigh': for '5 minutes' is "
                        + "not a duration; write it like 30s, 5m or 1h30m")),
                Arguments.of("model/duration: a group's interval", """
                        groups:
                          - name: api
                            interval: 1 minute
                            rules:
                        """ + GOOD_ALERT, List.of("rules.yml:3:15 error[model/duration] rule group 'api': interval "
                        + "'1 minute' is not a duration; write it like 30s, 5m or 1h30m")),
                Arguments.of("model/unique-names: one rule twice", group("api", """
                                  - record: job:errors:sum
                                    expr: sum by (job) (rate(errors_total[5m]))
                                  - record: job:errors:sum
                                    expr: sum by (job) (rate(errors_total[5m]))
                            """), List.of("rules.yml:4:1 error[model/unique-names] recording rule 'job:errors:sum': is "
                        + "declared more than once with the same labels; rules of one name must differ in their labels "
                        + "or severity (the rules at lines 4 and 6 have this name, group and labels)")),
                Arguments.of("a rule twice, each at its own line for a finding about each", group("api", """
                                  - record: errors_sum
                                    expr: sum by (job) (rate(errors_total[5m]))
                                  - record: errors_sum
                                    expr: sum by (job) (rate(errors_total[5m]))
                            """), List.of("rules.yml:4:1 error[model/unique-names] recording rule 'errors_sum': is "
                        + "declared more than once with the same labels; rules of one name must differ in their labels "
                        + "or severity (the rules at lines 4 and 6 have this name, group and labels)",
                        "rules.yml:4:17 warning[recording/name] recording rule 'errors_sum': name it "
                                + "level:metric:operations, such as 'job:http_requests:rate5m'",
                        "rules.yml:6:17 warning[recording/name] recording rule 'errors_sum': name it "
                                + "level:metric:operations, such as 'job:http_requests:rate5m'")),
                                Arguments.of("model/unique-names: one name, other labels", group("api", """
                                  - record: job:errors:sum
                                    expr: sum by (job) (rate(errors_total{env="a"}[5m]))
                                    labels: {env: a}
                                  - record: job:errors:sum
                                    expr: sum by (job) (rate(errors_total{env="b"}[5m]))
                                    labels: {env: b}
                            """), List.of()),
                Arguments.of("a group repeated in one file, as promtool refuses it", """
                        groups:
                          - name: api
                            rules: []
                          - name: api
                            rules:
                              - record: job:errors:sum
                                expr: sum by (job) (rate(errors_total[5m]))
                        """, List.of("rules.yml:4:5 error[lint/input] group 'api' is repeated in this file (first at "
                        + "line 2); Prometheus refuses the file")),
                Arguments.of("groups of no rules, as promtool accepts them", """
                        groups:
                          - name: listed
                            rules: []
                          - name: left-empty
                            rules:
                          - name: without
                        """, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleFiles")
    void findsWhatTheRegistrysChecksFind(String name, String yaml, List<String> expected) throws IOException {
        assertEquals(expected, lint(Files.writeString(dir.resolve("rules.yml"), yaml)));
    }

    @Test
    void aGroupOfNoRulesCountsNoRule() throws IOException {
        Path file = Files.writeString(dir.resolve("rules.yml"), "groups:\n  - name: a\n    rules:\n  - name: b\n");
        LintReport report = new Lint(CheckRegistry.standard(), new NameCatalog()).run(List.of(file));
        assertEquals("1 files, 0 rules, 0 errors, 0 warnings", report.summary());
    }

    /** Prometheus loads each file on its own: a rule and a group name may repeat across files. */
    @Test
    void theSameGroupsInARuleFileAndAPrometheusRuleAreNotDuplicates() throws IOException {
        String rules = """
                      - record: job:errors:sum
                        expr: sum by (job) (rate(errors_total[5m]))
                """;
        Path plain = Files.writeString(dir.resolve("rules.yml"), "groups:\n  - name: api\n    rules:\n" + rules);
        Path manifest = Files.writeString(dir.resolve("rules.prometheusrule.yaml"), """
                apiVersion: monitoring.coreos.com/v1
                kind: PrometheusRule
                metadata:
                  name: api
                spec:
                  groups:
                    - name: api
                      rules:
                """ + rules.indent(2));
        assertEquals(List.of(), lint(plain, manifest));
        assertEquals(List.of(), lint(dir));
    }

    /** Each PrometheusRule of a multi-document file is loaded on its own: the same group in two is no repetition. */
    @Test
    void twoPrometheusRulesInOneFileAreTwoSetsOfRules() throws IOException {
        String resource = """
                apiVersion: monitoring.coreos.com/v1
                kind: PrometheusRule
                metadata:
                  name: NAME
                spec:
                  groups:
                    - name: api
                      interval: 30s
                      rules:
                        - record: job:errors:sum
                          expr: sum by (job) (rate(errors_total[5m]))
                """;
        Path manifest = Files.writeString(dir.resolve("rules.yaml"), resource.replace("NAME", "api-a") + "---\n"
                + resource.replace("NAME", "api-b"));
        assertEquals(List.of(), lint(manifest));
    }

    @Test
    void aRuleRepeatedInAPrometheusRuleIsFoundThereAtItsLine() throws IOException {
        Path manifest = Files.writeString(dir.resolve("rules.yaml"), """
                apiVersion: monitoring.coreos.com/v1
                kind: PrometheusRule
                metadata:
                  name: api
                spec:
                  groups:
                    - name: api
                      rules:
                        - record: job:errors:sum
                          expr: sum by (job) (rate(errors_total[5m]))
                        - record: job:errors:sum
                          expr: sum by (job) (rate(errors_total[5m]))
                """);
        assertEquals(List.of("rules.yaml:9:1 error[model/unique-names] recording rule 'job:errors:sum': is declared "
                + "more than once with the same labels; rules of one name must differ in their labels or severity (the "
                + "rules at lines 9 and 11 have this name, group and labels)"),
                lint(manifest));
    }

    /**
     * Which checks lint skips comes from the registry: every check lint runs on rule files or dashboard files says it
     * reads them, and every other check is named as skipped.
     */
    @Test
    void theSkippedChecksAreTheOnesThatReadNoFiles() {
        CheckRegistry registry = CheckRegistry.standard();
        Set<String> skipped = new TreeSet<>(registry.needModel(CheckInput.RULE_FILES, CheckInput.DASHBOARD_FILES)
                .stream().map(Check::id).toList());
        Set<String> onRules = new TreeSet<>(registry.checks().stream().filter(c -> c.reads(CheckInput.RULE_FILES))
                .map(Check::id).toList());
        Set<String> onDashboards = new TreeSet<>(registry.checks().stream()
                .filter(c -> c.reads(CheckInput.DASHBOARD_FILES)).map(Check::id).toList());
        assertEquals(Set.of("alert/annotations", "alert/name", "alert/severity", "model/duration",
                "model/unique-names", "recording/name"), onRules);
        assertEquals(Set.of("dashboard/datasource", "dashboard/panel-metadata", "dashboard/rate-interval",
                "dashboard/uid"), onDashboards);
        assertTrue(skipped.contains("alert/scenarios") && skipped.contains("model/missing-value")
                && skipped.contains("dashboard/panel-ids"), skipped::toString);
        registry.checks().forEach(check -> assertTrue(skipped.contains(check.id())
                != (onRules.contains(check.id()) || onDashboards.contains(check.id())), check.id()));
    }
}
