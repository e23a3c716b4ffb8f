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

    /**
     * A collapsed row's panels are checked like the others and their findings land on their lines; a library panel
     * keeps its queries and unit in the library, so it is not asked for them; a datasource variable of any name serves.
     */
    @Test
    void panelsOfRowsAreCheckedAndLibraryPanelsAreLeftToTheLibrary() throws IOException {
        Path file = Files.writeString(dir.resolve("rows.json"), String.join("\n",
                "{",
                "  \"title\": \"Rows\",",
                "  \"uid\": \"rows-and-library\",",
                "  \"templating\": {\"list\": [{\"type\": \"datasource\", \"name\": \"ds\"}]},",
                "  \"panels\": [",
                "    {\"type\": \"timeseries\", \"title\": \"Shared\", \"libraryPanel\": {\"uid\": \"l1\"}},",
                "    {\"type\": \"row\", \"title\": \"Details\", \"collapsed\": true, \"panels\": [",
                "      {\"type\": \"timeseries\", \"title\": \"Inner\", \"description\": \"Requests.\",",
                "       \"datasource\": {\"uid\": \"${ds}\"}, \"fieldConfig\": {\"defaults\": {\"unit\": \"reqps\"}},",
                "       \"targets\": [{\"refId\": \"A\", \"expr\": \"sum(rate(up[5m]))\"}]}",
                "    ]}",
                "  ]",
                "}"));
        LintReport report = lint(file);
        assertEquals(List.of("10:44 error dashboard/rate-interval panel 'Inner' (query A) of dashboard "
                        + "'rows-and-library': rate over [5m]: use [$__rate_interval], which never drops below four "
                        + "scrape intervals and follows the zoom level"),
                report.problems().stream().map(p -> p.line() + ":" + p.column() + " " + p.severity().label() + " "
                        + p.checkId() + " " + p.message()).toList());
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
