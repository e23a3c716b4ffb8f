package dev.obsgen.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.SampleModel;
import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.promql.CatalogFile;
import dev.obsgen.core.check.promql.MetadataCatalog;
import dev.obsgen.core.cli.Obsgen;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.catalog.CatalogFileRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
 * {@code --catalog} takes an obsgen catalog or a metadata response or exposition, and tells them apart; with an
 * obsgen catalog an alert's severity is checked against the routes it lists, as {@code alert/severity} checks the
 * model's, and a rule file's own recorded series are known to its alerts.
 */
class LintCatalogTest {
    private static final String ALERT = """
            groups:
              - name: shop
                rules:
                  - record: path:http_requests:rate5m
                    expr: sum by (path) (rate(http_requests_total[5m]))
                  - alert: PathTrafficHigh
                    expr: path:http_requests:rate5m > 100
                    annotations:
                      summary: Traffic on {{ $labels.path }}.
                      description: Traffic on {{ $labels.path }}.
            """;

    @TempDir
    Path dir;

    private Path catalog(String text) throws IOException {
        return Files.writeString(dir.resolve("obsgen-catalog.json"), text);
    }

    private Path sampleCatalog() throws IOException {
        return catalog(new CatalogFileRenderer().render(SampleModel.model(), RenderSettings.of("SampleModel")).get(0)
                .text());
    }

    private List<String> lint(LintCatalog catalog, String labels) throws IOException {
        Path rules = Files.writeString(dir.resolve("rules.yml"), ALERT + labels);
        return new Lint(CheckRegistry.standard(), catalog).run(List.of(rules)).problems().stream()
                .map(p -> p.line() + ":" + p.column() + " " + p.severity().name().toLowerCase() + "[" + p.checkId()
                        + "] " + p.message())
                .toList();
    }

    static Stream<Arguments> severities() {
        String labels = "        labels:\n          severity: ";
        return Stream.of(
                Arguments.of("no severity", "", List.of("6:1 error[alert/severity] alert 'PathTrafficHigh': has no "
                        + "severity; set one of critical, warning, info")),
                Arguments.of("a severity no route handles", labels + "page\n", List.of("12:21 error[alert/severity] "
                        + "alert 'PathTrafficHigh': severity 'page' is not one of critical, warning, info")),
                Arguments.of("a routed severity", labels + "warning\n", List.of()),
                Arguments.of("another routed severity", labels + "\"info\"\n", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("severities")
    void severitiesAreCheckedAgainstTheRoutes(String name, String labels, List<String> expected) throws IOException {
        assertEquals(expected, lint(LintCatalog.read(sampleCatalog()), labels));
    }

    @Test
    void withoutAnObsgenCatalogAMissingSeverityIsAWarning() throws IOException {
        assertEquals(List.of("6:1 warning[alert/severity] alert 'PathTrafficHigh': has no severity; set one of "
                + "critical, warning, info"), lint(LintCatalog.names(), ""));
    }

    /** With no routing known, alert/severity checks the standard severities, and a miss is a warning. */
    @Test
    void aCatalogWithoutRoutingChecksTheStandardSeveritiesAsWarnings() throws IOException {
        String text = Files.readString(sampleCatalog());
        String withoutRouting = text.substring(0, text.indexOf("\"routing\"")) + "\"routing\" : null\n}\n";
        assertEquals(List.of("12:21 warning[alert/severity] alert 'PathTrafficHigh': severity 'page' is not one of "
                + "critical, warning, info"), lint(LintCatalog.read(catalog(withoutRouting)), "        labels:\n"
                + "          severity: page\n"));
        assertEquals(List.of(), lint(LintCatalog.read(catalog(withoutRouting)), "        labels:\n"
                + "          severity: info\n"));
    }

    /** A recorded series' labels are inferred however long its expression is, as a generated rule's may be. */
    @Test
    void aDeepRecordingRuleIsKnownToTheAlertThatReadsIt() throws IOException {
        String chain = "up" + " + up".repeat(10_000);
        Path rules = Files.writeString(dir.resolve("deep.yml"), """
                groups:
                  - name: deep
                    rules:
                      - record: job:up:sum
                        expr: sum by (job) (%s)
                      - alert: TargetsDown
                        expr: job:up:sum < 1
                        labels: {severity: critical}
                        annotations: {summary: "{{ $labels.job }} is down.", description: "{{ $labels.job }} is down."}
                """.formatted(chain));
        assertEquals(List.of(), new Lint(CheckRegistry.standard(), LintCatalog.read(sampleCatalog())).run(List.of(rules))
                .problems().stream().map(LintProblem::format).toList());
    }

    @Test
    void tellsTheCatalogsApart() throws IOException {
        assertInstanceOf(CatalogFile.class, LintCatalog.read(sampleCatalog()).metrics());
        assertInstanceOf(MetadataCatalog.class, LintCatalog.read(catalog(
                "{\"status\":\"success\",\"data\":{\"up\":[{\"type\":\"gauge\",\"help\":\"\",\"unit\":\"\"}]}}"))
                .metrics());
        assertInstanceOf(MetadataCatalog.class, LintCatalog.read(catalog("# TYPE up gauge\nup 1\n")).metrics());
    }

    @Test
    void aBrokenCatalogIsOneLineOfTheCommand() throws IOException {
        String text = Files.readString(sampleCatalog()).replace("\"format\" : 1", "\"format\" : \"1\"");
        Path file = catalog(text);
        Path rules = Files.writeString(dir.resolve("rules.yml"), ALERT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Obsgen.run(new String[] {"lint", "--catalog", file.toString(), rules.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertEquals("obsgen: cannot read the catalog: " + file + ": $.format: \"1\" is not a format this obsgen reads"
                + " (it reads 1); generate the catalog again with this version\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anEmptyExpositionNamesTheFile() throws IOException {
        Path file = catalog("nothing here\n");
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> LintCatalog.read(file));
        assertTrue(e.getMessage().startsWith(file + " lists no metric types"), e.getMessage());
    }
}
