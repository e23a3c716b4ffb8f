package dev.obsgen.core.check.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.check.promql.MetricCatalog;
import dev.obsgen.core.check.promql.ModelCatalog;
import dev.obsgen.core.check.promql.NameCatalog;
import dev.obsgen.core.check.promql.Query;
import dev.obsgen.core.check.promql.QueryCheckTest;
import dev.obsgen.core.check.promql.QueryKind;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code alert/value-format}: an annotation that prints a fractional {@code $value} as Go prints a float;
 * {@code alert/value-in-label}: a label that prints the value at all. A row is {@code catalog ¦ expression ¦
 * template key ¦ template ¦ the findings expected, as severity and check id}.
 */
class ValueTemplatesTest {
    private static final MetricCatalog MODEL_CATALOG = ModelCatalog.of(QueryCheckTest.MODEL);

    private static List<Finding> run(String catalog, String expr, String key, String template) {
        Query query = new Query("test", expr, QueryKind.ALERT, null, null, Map.of(key, template), Map.of(), null,
                Map.of());
        return CheckRegistry.standard().queryRunner()
                .run(List.of(query), catalog.equals("model") ? MODEL_CATALOG : new NameCatalog()).findings();
    }

    @ParameterizedTest(name = "{0}: {1} with {2} {3}")
    @CsvSource(delimiter = '¦', quoteCharacter = '\'', value = {
        // a fractional value printed with every digit
        "model ¦ sum(rate(runs_total[5m])) > 1 ¦ annotation description ¦ rate {{ $value }} ¦ warning alert/value-format",
        "model ¦ sum(rate(runs_total[5m])) > 1 ¦ annotation description ¦ rate {{ .Value }} ¦ warning alert/value-format",
        "model ¦ sum(rate(runs_total[5m])) > 1 ¦ annotation description ¦ rate {{ $.Value }} ¦ warning alert/value-format",
        "model ¦ sum(rate(runs_total[5m])) > 1 ¦ annotation description ¦ rate {{ print $value }} ¦ warning alert/value-format",
        "model ¦ sum(rate(runs_total[5m])) > 1 ¦ annotation description ¦ {{ $v := $value }}rate {{ $v }} ¦ warning alert/value-format",
        "model ¦ sum(rate(runs_total[5m])) > 1 ¦ annotation description ¦ {{ with $value }}rate {{ . }}{{ end }} ¦ warning alert/value-format",
        "names ¦ sum(rate(errors_total[5m])) / sum(rate(requests_total[5m])) > 0.01 ¦ annotation summary ¦ {{ $value }} ¦ warning alert/value-format",
        "model ¦ avg(queue_depth) > 5 ¦ annotation summary ¦ {{ $value }} ¦ warning alert/value-format",
        "model ¦ queue_depth / 100 > 0.5 ¦ annotation summary ¦ {{ $value }} ¦ warning alert/value-format",
        "model ¦ histogram_quantile(0.9, sum by (le) (rate(latency_seconds_bucket[5m]))) > 1 ¦ annotation summary ¦ {{ $value }} ¦ warning alert/value-format",
        "names ¦ 100 * (1 - avg by (instance) (rate(node_cpu_seconds_total{mode=\"idle\"}[5m]))) > 90 ¦ annotation summary ¦ {{ $value }}% ¦ warning alert/value-format",
        "model ¦ sum(rate(runs_total[5m])) > 1 ¦ annotation description ¦ rate {{ printf \"%v/s\" $value }} ¦ warning alert/value-format",
        "model ¦ flow:runs:rate5m < 0.5 ¦ annotation summary ¦ {{ $value }} ¦ warning alert/value-format",
        "names ¦ job:errors:ratio_rate5m > 0.01 ¦ annotation summary ¦ {{ $value }} ¦ warning alert/value-format",
        // formatted, compared, or whole: quiet
        "names ¦ job:up:count < 2 ¦ annotation summary ¦ {{ $value }} ¦",
        "model ¦ sum(rate(runs_total[5m])) > 1 ¦ annotation description ¦ rate {{ $value | humanize }} ¦",
        "model ¦ sum(rate(runs_total[5m])) > 1 ¦ annotation description ¦ rate {{ humanizePercentage $value }} ¦",
        "model ¦ sum(rate(runs_total[5m])) > 1 ¦ annotation description ¦ rate {{ printf \"%.2f\" $value }} ¦",
        "model ¦ sum(rate(runs_total[5m])) > 1 ¦ annotation description ¦ rate {{ $value | printf \"%.1f\" }} ¦",
        "model ¦ sum(rate(runs_total[5m])) > 1 ¦ annotation description ¦ {{ if gt $value 10.0 }}high{{ end }} ¦",
        "model ¦ sum(rate(runs_total[5m])) > 1 ¦ annotation description ¦ {{ range query \"up\" }}{{ .Value }}{{ end }} ¦",
        "model ¦ sum(rate(runs_total[5m])) > 1 ¦ annotation description ¦ {{ $value := 3 }}{{ $value }} ¦",
        "model ¦ count(queue_depth > 5) > 3 ¦ annotation description ¦ {{ $value }} queues ¦",
        "model ¦ up == 0 ¦ annotation description ¦ {{ $value }} ¦",
        "model ¦ queue_depth > 5 ¦ annotation description ¦ {{ $value }} ¦",
        "names ¦ changes(process_start_time_seconds[1h]) > 2 ¦ annotation description ¦ {{ $value }} restarts ¦",
        // any print of the value in a label makes a new alert for each value
        "model ¦ queue_depth > 5 ¦ label current ¦ {{ $value }} ¦ error alert/value-in-label",
        "model ¦ sum(rate(runs_total[5m])) > 1 ¦ label current ¦ {{ $value | humanize }} ¦ error alert/value-in-label",
        "names ¦ up == 0 ¦ label current ¦ {{ .Value }} ¦ error alert/value-in-label",
        "names ¦ up == 0 ¦ label current ¦ {{ printf \"%.0f\" $value }} ¦ error alert/value-in-label",
        "model ¦ queue_depth > 5 ¦ label severity ¦ {{ if gt $value 100.0 }}critical{{ else }}warning{{ end }} ¦",
        "names ¦ up == 0 ¦ label instance ¦ {{ $labels.instance }} ¦"})
    void theValueIsPrintedFormattedAndNeverInALabel(String catalog, String expr, String key, String template,
                                                    String expected) {
        List<Finding> findings = run(catalog, expr, key, template);
        assertEquals(expected == null ? "" : expected,
                findings.stream().map(f -> f.severity().label() + " " + f.checkId()).collect(Collectors.joining(", ")),
                () -> findings.stream().map(Finding::format).collect(Collectors.joining("\n")));
    }

    @Test
    void theFindingPointsAtTheValue() {
        List<Finding> findings = run("names", "sum by (job) (rate(errors_total[5m])) > 1", "annotation summary",
                "Errors: {{ .Labels.job }} at {{ $value }}/s");
        assertEquals(1, findings.size(), findings::toString);
        assertEquals("Errors: {{ .Labels.job }} at {{ $value }}/s\n" + " ".repeat(32) + "^",
                findings.get(0).detail());
    }

    @Test
    void aRecordingRuleHasNoTemplates() {
        Query query = new Query("test", "sum(up)", QueryKind.RECORDING, null, null,
                Map.of("label current", "{{ $value }}"), Map.of(), null, Map.of());
        assertEquals(List.of(), CheckRegistry.standard().queryRunner().run(List.of(query), new NameCatalog())
                .findings());
    }
}
