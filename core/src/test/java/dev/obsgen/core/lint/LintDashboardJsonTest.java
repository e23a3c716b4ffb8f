package dev.obsgen.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.promql.NameCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lint takes Grafana dashboard JSON files too, with the dashboard checks that apply to JSON and the query checks. */
class LintDashboardJsonTest {
    @TempDir
    Path dir;

    private static LintReport lint(Path... paths) {
        return new Lint(CheckRegistry.standard(), new NameCatalog()).run(List.of(paths));
    }

    @Test
    void aBrokenDashboardGetsEachFindingOnItsLine() {
        Path file = Path.of("src/test/resources/lint/broken-dashboard.json");
        LintReport report = lint(file);
        List<String> found = report.problems().stream()
                .map(p -> p.line() + " " + p.severity().label() + " " + p.checkId())
                .collect(Collectors.toList());
        // The dashboard checks are the model's own (one severity each); a finding about the whole dashboard stands
        // on the line of its uid.
        assertEquals(List.of(
                "3 error dashboard/datasource",
                "3 error dashboard/uid",
                "9 error dashboard/datasource",
                "9 error dashboard/panel-metadata",
                "9 error dashboard/panel-metadata",
                "12 error dashboard/rate-interval",
                "13 warning promql/counter-without-rate",
                "22 error promql/syntax"), found.stream().sorted((a, b) -> {
                    int la = Integer.parseInt(a.split(" ")[0]);
                    int lb = Integer.parseInt(b.split(" ")[0]);
                    return la != lb ? Integer.compare(la, lb) : a.compareTo(b);
                }).toList(), report.problems().stream().map(LintProblem::format).collect(Collectors.joining("\n")));
        assertEquals("1 files, 0 rules, 7 errors, 1 warnings", report.summary());
        LintProblem syntax = report.problems().stream().filter(p -> p.checkId().equals("promql/syntax")).findFirst()
                .orElseThrow();
        // "by" stands 46 characters into the expression, which starts in column 33 of line 22.
        assertEquals(22 + ":" + (33 + 46), syntax.line() + ":" + syntax.column(), syntax.format());
    }

    @Test
    void theGeneratedSampleDashboardsLintClean() throws IOException {
        Path dashboards = Path.of("src/test/resources/golden/sample-dashboards/grafana/dashboards");
        LintReport report = lint(dashboards);
        try (Stream<Path> files = Files.walk(dashboards)) {
            assertEquals(files.filter(p -> p.toString().endsWith(".json")).count(), report.files());
        }
        assertEquals(0, report.errors(), report.problems().toString());
    }

    @Test
    void aJsonFileThatIsNotADashboardIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("package.json"), "{\"name\": \"x\"}");
        LintReport report = lint(file);
        assertEquals(1, report.problems().size());
        assertTrue(report.problems().get(0).format().contains("is not a Grafana dashboard"), report.problems().toString());
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"title\": ");
        assertTrue(lint(broken).problems().get(0).format().contains("lint/input] is not valid JSON"));
    }
}
