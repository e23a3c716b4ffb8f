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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a foreign rule's templates do with data (a query they run, the alert's value) is reported at the file's
 * line and column of the spot, like a template that does not parse.
 */
class LintTemplateDataTest {
    private static final String RULE = """
            groups:
              - name: api
                rules:
                  - alert: ErrorsHigh
                    expr: sum by (job) (rate(errors_total[5m])) > 1
            """;

    @TempDir
    Path dir;

    static Stream<Arguments> templates() {
        return Stream.of(
                Arguments.of("a query that does not parse", """
                                annotations:
                                  description: '{{ with query "sum(up" }}{{ . | first | value }}{{ end }}'
                        """, "7:46", "\" }}", "error[alert/template-query]"),
                Arguments.of("a label the query drops", """
                                annotations:
                                  description: '{{ range query "sum by (job) (up)" }}{{ .Labels.instance }}{{ end }}'
                        """, "7:65", ".Labels.instance", "warning[alert/template-query]"),
                Arguments.of("a rate printed with every digit", """
                                annotations:
                                  description: |
                                    Job {{ $labels.job }}
                                    fails {{ $value }} times a second.
                        """, "9:22", "$value", "warning[alert/value-format]"),
                Arguments.of("the value in a label", """
                                labels:
                                  rate: "{{ $value | humanize }}"
                        """, "7:21", "$value", "error[alert/value-in-label]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void pointsAtTheSpotInTheFile(String name, String fields, String position, String spot, String finding)
            throws IOException {
        String yaml = RULE + fields;
        Path file = Files.writeString(dir.resolve("rules.yml"), yaml);
        List<LintProblem> problems = new Lint(CheckRegistry.standard(), new NameCatalog()).run(List.of(file))
                .problems().stream().filter(p -> !p.checkId().equals("alert/annotations") && !p.checkId().equals("alert/severity")).toList();
        assertEquals(1, problems.size(), problems::toString);
        String line = yaml.lines().toList().get(problems.get(0).line() - 1);
        assertTrue(line.substring(problems.get(0).column() - 1).startsWith(spot),
                () -> line + " at " + problems.get(0).column() + ": " + line.substring(problems.get(0).column() - 1));
        assertTrue(problems.get(0).format().startsWith(file + ":" + position + ": " + finding), problems::toString);
    }
}
