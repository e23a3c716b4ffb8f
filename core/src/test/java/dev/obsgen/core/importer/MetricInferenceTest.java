package dev.obsgen.core.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.check.promql.MetadataCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Metrics inferred from expressions: a row is expressions (separated by ';') and the declarations they give
 * ({@code type name [labels] job}, '*' when the type is guessed from the name), separated by ';'.
 */
class MetricInferenceTest {
    @TempDir
    Path work;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "rate(http_requests_total{job=\"api\",code=~\"5..\"}[5m]) | counter http_requests_total [code] api *",
            "queue_depth{queue=\"orders\"} > 100 | gauge queue_depth [queue] imported *",
            "histogram_quantile(0.9, sum by (le, route) (rate(req_seconds_bucket{job=\"web\"}[5m]))); rate(req_seconds_count[5m])"
                    + " | histogram req_seconds [route] web *",
            "rpc_seconds{quantile=\"0.9\"}; rate(rpc_seconds_sum[5m]) | summary rpc_seconds [] imported *",
            "a * on(ns) group_left(owner) b | gauge a [ns, owner] imported *; gauge b [ns, owner] imported *",
            "sum without (cpu) (rate(node_cpu_seconds_total[5m])) | counter node_cpu_seconds_total [cpu] imported *",
            "job:x:rate5m > 1 | ''",
            "up == 0; ALERTS{alertstate=\"firing\"}; scrape_duration_seconds > 1 | ''",
            "instance:unknown:sum > 0 | ''",
            "{__name__=~\"foo.*\"} | ''",
            "max(temp_celsius{job=\"a\"}) or max(temp_celsius{job=\"b\"}) | gauge temp_celsius [] a *",
            "this is not promql ( | ''"})
    void declarations(String expressions, String declarations) {
        List<MetricInference.Source> sources = Arrays.stream(expressions.split(";"))
                .map(e -> new MetricInference.Source("f.yml", "alert 'X' in group 'g'", e.strip())).toList();
        ImportNotes notes = new ImportNotes();
        List<InferredMetric> metrics = new MetricInference(Set.of("job:x:rate5m"), null).infer(sources, notes);
        assertEquals(declarations.isEmpty() ? "" : declarations, metrics.stream().map(MetricInferenceTest::shown)
                .collect(Collectors.joining("; ")), () -> notes.all().toString());
    }

    @Test
    void whatIsNotDeclaredOrIsGuessedIsNoted() {
        ImportNotes notes = new ImportNotes();
        new MetricInference(Set.of(), null).infer(List.of(
                new MetricInference.Source("f.yml", "alert 'A' in group 'g'", "instance:unknown:sum > 0"),
                new MetricInference.Source("f.yml", "alert 'B' in group 'g'", "{__name__=~\"foo.*\"}"),
                new MetricInference.Source("f.yml", "alert 'C' in group 'g'", "sum(("),
                new MetricInference.Source("f.yml", "alert 'D' in group 'g'", "m{job=\"a\"} + m{job=\"b\"}")),
                notes);
        String all = notes.all().stream().map(ImportNotes.Note::format).collect(Collectors.joining("\n"));
        assertTrue(all.contains("series 'instance:unknown:sum': is named like a recorded series"), all);
        assertTrue(all.contains("alert 'B' in group 'g': a selector without a metric name"), all);
        assertTrue(all.contains("alert 'C' in group 'g': expression does not parse"), all);
        assertTrue(all.contains("metric 'm': is read with job values [a, b]"), all);
    }

    @Test
    void theCatalogGivesTypesAndTheModelsNamingRulesWin() throws IOException {
        Path exposition = Files.writeString(work.resolve("metrics.txt"), """
                # TYPE jobs_done counter
                # TYPE latency_seconds histogram
                # TYPE inflight gauge
                # TYPE rpc_duration summary
                """);
        ImportNotes notes = new ImportNotes();
        List<InferredMetric> metrics = new MetricInference(Set.of(), MetadataCatalog.read(exposition)).infer(List.of(
                new MetricInference.Source("f.yml", "r", "rate(jobs_done[5m])"),
                new MetricInference.Source("f.yml", "r", "rate(latency_seconds_count[5m]) + inflight"),
                new MetricInference.Source("f.yml", "r", "rpc_duration_count + other_total")), notes);
        assertEquals("gauge inflight [] imported; gauge jobs_done [] imported; histogram latency_seconds [] imported; "
                        + "counter other_total [] imported *; summary rpc_duration [] imported",
                metrics.stream().map(MetricInferenceTest::shown).collect(Collectors.joining("; ")));
        assertTrue(notes.all().stream().anyMatch(n -> n.message().startsWith("the catalog says counter, but the name "
                + "does not end in '_total'; declared as a gauge")), notes.all().toString());
    }

    @Test
    void anObsgenCatalogGivesTypesAndLabelsAndKnowsRecordedSeries() throws IOException {
        ImportNotes notes = new ImportNotes();
        List<InferredMetric> metrics = new MetricInference(Set.of(), dev.obsgen.core.lint.LintCatalog.read(
                Path.of("src/test/resources/golden/sample/obsgen-catalog.json")).metrics()).infer(List.of(
                new MetricInference.Source("f.yml", "r", "rate(http_requests_total[5m]) > 0"),
                new MetricInference.Source("f.yml", "r", "gc_pause_seconds{quantile=\"0.99\"} > 1"),
                new MetricInference.Source("f.yml", "r", "job:http_requests:rate5m > 1")), notes);
        assertEquals("summary gc_pause_seconds [] imported; counter http_requests_total [code, path] imported",
                metrics.stream().map(MetricInferenceTest::shown).collect(Collectors.joining("; ")));
        assertTrue(notes.all().stream().anyMatch(n -> n.element().equals("series 'job:http_requests:rate5m'")
                && n.message().startsWith("the catalog knows it as recorded by a rule")), notes.all().toString());
    }

    private static String shown(InferredMetric metric) {
        return metric.type().name().toLowerCase(Locale.ROOT) + " " + metric.name() + " " + metric.labels() + " "
                + metric.job() + (metric.comment().startsWith("type guessed") ? " *" : "");
    }
}
