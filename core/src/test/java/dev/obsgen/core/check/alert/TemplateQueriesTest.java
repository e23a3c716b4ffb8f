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
 * {@code alert/template-query}: a query a template runs parses, and the labels the template reads from its result
 * are ones it keeps, in every way a template reaches a sample's labels. A row is {@code catalog ¦ annotation ¦ the
 * findings expected, as severity and check id}.
 */
class TemplateQueriesTest {
    private static final String EXPR = "sum by (flow) (rate(runs_total[5m])) > 1";
    private static final MetricCatalog MODEL_CATALOG = ModelCatalog.of(QueryCheckTest.MODEL);

    private static List<Finding> run(String catalog, String annotation) {
        Query query = new Query("test", EXPR, QueryKind.ALERT, null, null,
                Map.of("annotation description", annotation), Map.of(), null, Map.of());
        return CheckRegistry.standard().queryRunner()
                .run(List.of(query), catalog.equals("model") ? MODEL_CATALOG : new NameCatalog()).findings();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '¦', quoteCharacter = '\'', value = {
        // the query must parse
        "model ¦ {{ query \"sum(up\" }} ¦ error alert/template-query",
        "names ¦ {{ with query \"rate(up[5m]\" }}{{ . | first | value }}{{ end }} ¦ error alert/template-query",
        "names ¦ {{ with query `up{job=\"svc\"}` }}{{ . | first | value | humanize }}{{ end }} ¦",
        "model ¦ {{ with query \"up\" }}{{ . | first | value | humanize }}{{ end }} ¦",
        // with a model, its metrics must be declared
        "model ¦ {{ with query \"sum(rate(run_total[5m]))\" }}{{ . | first | value | humanize }}{{ end }} ¦ error alert/template-query",
        "names ¦ {{ with query \"sum(rate(run_total[5m]))\" }}{{ . | first | value | humanize }}{{ end }} ¦",
        "model ¦ {{ with query \"sum(rate(runs_total[5m]))\" }}{{ . | first | value | humanize }}{{ end }} ¦",
        // a query built at run time is not checked
        "model ¦ {{ with query (printf \"up{flow='%s'}\" $labels.flow) }}{{ . | first | label \"x\" }}{{ end }} ¦",
        // a label read from the result must be one the query keeps
        "model ¦ {{ with query \"up\" }}{{ . | first | label \"instance\" }}{{ end }} ¦",
        "model ¦ {{ with query \"sum by (job) (up)\" }}{{ . | first | label \"instance\" }}{{ end }} ¦ error alert/template-query",
        "model ¦ {{ with query \"sum by (job) (up)\" }}{{ . | first | label \"job\" }}{{ end }} ¦",
        "model ¦ {{ range query \"sum by (job) (up)\" }}{{ .Labels.job }}{{ end }} ¦",
        "model ¦ {{ range query \"sum by (job) (up)\" }}{{ .Labels.instance }}{{ end }} ¦ error alert/template-query",
        "model ¦ {{ range $s := query \"sum by (job) (up)\" }}{{ $s.Labels.instance }}{{ end }} ¦ error alert/template-query",
        "model ¦ {{ range $i, $s := query \"sum by (job) (up)\" }}{{ $s.Labels.job }}{{ end }} ¦",
        "model ¦ {{ with query \"sum by (job) (up)\" }}{{ (first .).Labels.instance }}{{ end }} ¦ error alert/template-query",
        "model ¦ {{ with query \"sum by (job) (up)\" | first }}{{ .Labels.instance }}{{ end }} ¦ error alert/template-query",
        "model ¦ {{ with query \"sum by (job) (up)\" }}{{ index (first .).Labels \"instance\" }}{{ end }} ¦ error alert/template-query",
        "model ¦ {{ range query \"sum by (job) (up)\" | sortByLabel \"instance\" }}{{ .Value }}{{ end }} ¦ error alert/template-query",
        "model ¦ {{ $r := query \"sum by (job) (up)\" }}{{ range $r }}{{ .Labels.instance }}{{ end }} ¦ error alert/template-query",
        "model ¦ {{ range query \"queue_depth > 5\" }}{{ .Labels.queue }}{{ end }} ¦",
        "model ¦ {{ range query \"queue_depth > 5\" }}{{ .Labels.flow }}{{ end }} ¦ error alert/template-query",
        // a query's labels are not the alert's: neither check confuses them
        "model ¦ {{ range query \"up\" }}{{ .Labels.instance }} {{ $labels.flow }}{{ end }} ¦",
        "model ¦ {{ range query \"up\" }}{{ $labels.instance }}{{ end }} ¦ error alert/template-label",
        // without a model only what the query removes is known, and a read it removes is a warning
        "names ¦ {{ range query \"sum by (job) (up)\" }}{{ .Labels.instance }}{{ end }} ¦ warning alert/template-query",
        "names ¦ {{ range query \"sum without (instance) (up)\" }}{{ .Labels.instance }}{{ end }} ¦ warning alert/template-query",
        "names ¦ {{ range query \"sum without (instance) (up)\" }}{{ .Labels.job }}{{ end }} ¦",
        "names ¦ {{ range query \"up\" }}{{ .Labels.instance }}{{ end }} ¦"})
    void aTemplateQueryIsCheckedLikeAnExpression(String catalog, String annotation, String expected) {
        List<Finding> findings = run(catalog, annotation);
        assertEquals(expected == null ? "" : expected,
                findings.stream().map(f -> f.severity().label() + " " + f.checkId()).collect(Collectors.joining(", ")),
                () -> findings.stream().map(Finding::format).collect(Collectors.joining("\n")));
    }

    @Test
    void aQueryThatDoesNotParsePointsIntoTheTemplate() {
        List<Finding> findings = run("names", "Load:\n{{ with query \"sum(rate(x[5m])) by (job\" }}{{ end }}");
        assertEquals(1, findings.size(), findings::toString);
        assertEquals("annotation 'description' runs a query that does not parse: unclosed left parenthesis "
                + "(query 1:25) (template 2:40)", findings.get(0).locatedMessage());
        assertEquals("{{ with query \"sum(rate(x[5m])) by (job\" }}{{ end }}\n"
                + " ".repeat(39) + "^", findings.get(0).detail());
    }

    @Test
    void aQueryWithEscapesPointsAtItsStart() {
        // Offsets into the query no longer match the template's text after an escape: the query itself is shown.
        List<Finding> findings = run("names", "{{ query \"sum(up{job=\\\"api\\\"}\" }}");
        assertEquals(1, findings.size(), findings::toString);
        assertEquals("{{ query \"sum(up{job=\\\"api\\\"}\" }}\n" + " ".repeat(10) + "^", findings.get(0).detail());
    }

    @Test
    void anUndeclaredMetricPointsAtItsSelector() {
        List<Finding> findings = run("model", "{{ query \"sum(rate(run_total[5m]))\" }}");
        assertEquals("annotation 'description' runs a query on metric 'run_total', which is not declared; did you mean "
                + "'runs_total'? (template 1:20)", findings.get(0).locatedMessage());
    }

    @Test
    void aLabelReadPointsAtTheRead() {
        List<Finding> findings = run("model", "{{ range query \"sum by (job) (up)\" }}{{ .Labels.instance }}{{ end }}");
        assertEquals("annotation 'description' reads label 'instance' from the result of query \"sum by (job) (up)\", "
                + "but its series carry only [job] (template 1:41)", findings.get(0).locatedMessage());
    }
}
