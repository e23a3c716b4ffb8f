package dev.obsgen.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.promql.NameCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A label or annotation of a foreign alerting rule that Prometheus cannot parse as a template is an
 * {@code alert/template} error at the file's line and column of the offending spot, in every YAML scalar style.
 */
class LintTemplateTest {
    private static final String RULE = """
            groups:
              - name: api
                rules:
                  - alert: TargetDown
                    expr: up == 0
            """;

    @TempDir
    Path dir;

    static Stream<Arguments> brokenTemplates() {
        return Stream.of(
                Arguments.of("plain label", """
                                labels:
                                  team: see {{ here
                        """, "7:24", "here", "label 'team' does not parse as a template: function \"here\" not defined"),
                Arguments.of("double-quoted annotation", """
                                annotations:
                                  summary: "{{ $labels.instance }} is {{ oops"
                        """, "7:50", "oops", "annotation 'summary' does not parse as a template: "
                                + "function \"oops\" not defined"),
                Arguments.of("single-quoted annotation", """
                                annotations:
                                  description: '{{ $value | humanise }}'
                        """, "7:37", "humanise", "annotation 'description' does not parse as a template: "
                                + "function \"humanise\" not defined"),
                Arguments.of("literal block annotation", """
                                annotations:
                                  description: |
                                    Instance {{ $labels.instance }}
                                    down since {{ $valeu }}.
                        """, "9:27", "$valeu", "annotation 'description' does not parse as a template: "
                                + "undefined variable \"$valeu\""),
                Arguments.of("folded block annotation", """
                                annotations:
                                  description: >-
                                    Instance {{ $labels.instance }}
                                    is down {{ end }}
                        """, "9:21", "{{ end", "annotation 'description' does not parse as a template: unexpected {{end}}"),
                Arguments.of("unclosed action in a label", """
                                labels:
                                  severity: "{{ if gt $value 10.0 }}critical{{ else }}warning"
                        """, "7:22", "{{ if", "label 'severity' does not parse as a template: unexpected EOF"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenTemplates")
    void pointsAtTheSpotInTheFile(String style, String fields, String position, String spot, String message)
            throws IOException {
        String yaml = RULE + fields;
        Path file = Files.writeString(dir.resolve("rules.yml"), yaml);
        List<LintProblem> problems = new Lint(CheckRegistry.standard(), new NameCatalog()).run(List.of(file))
                .problems().stream().filter(p -> p.checkId().equals("alert/template")).toList();
        assertEquals(List.of(file + ":" + position + ": error[alert/template] alert 'TargetDown': " + message),
                problems.stream().map(LintProblem::format).toList());
        String line = yaml.lines().toList().get(problems.get(0).line() - 1);
        assertTrue(line.substring(problems.get(0).column() - 1).startsWith(spot), line);
    }

    /** The same templates in a PrometheusRule manifest: five lines further down and two columns further in. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenTemplates")
    void pointsAtTheSpotInAPrometheusRule(String style, String fields, String position, String spot, String message)
            throws IOException {
        String yaml = """
                apiVersion: monitoring.coreos.com/v1
                kind: PrometheusRule
                metadata:
                  name: api
                spec:
                """ + (RULE + fields).indent(2);
        Path file = Files.writeString(dir.resolve("rules.yaml"), yaml);
        List<LintProblem> problems = new Lint(CheckRegistry.standard(), new NameCatalog()).run(List.of(file))
                .problems().stream().filter(p -> p.checkId().equals("alert/template")).toList();
        String[] plain = position.split(":");
        String moved = (Integer.parseInt(plain[0]) + 5) + ":" + (Integer.parseInt(plain[1]) + 2);
        assertEquals(List.of(file + ":" + moved + ": error[alert/template] alert 'TargetDown': " + message),
                problems.stream().map(LintProblem::format).toList());
        String line = yaml.lines().toList().get(problems.get(0).line() - 1);
        assertTrue(line.substring(problems.get(0).column() - 1).startsWith(spot), line);
    }

    @Test
    void recordingRuleLabelsAreNotTemplates() throws IOException {
        Path file = Files.writeString(dir.resolve("rules.yml"), """
                groups:
                  - name: api
                    rules:
                      - record: job:up:sum
                        expr: sum by (job) (up)
                        labels:
                          team: "{{ oops"
                """);
        LintReport report = new Lint(CheckRegistry.standard(), new NameCatalog()).run(List.of(file));
        assertEquals("1 files, 1 rules, 0 errors, 0 warnings", report.summary(), report.problems()::toString);
    }
}
