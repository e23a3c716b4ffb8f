package dev.obsgen.core.check.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.promql.NameCatalog;
import dev.obsgen.core.check.promql.Query;
import dev.obsgen.core.check.promql.QueryKind;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code alert/template} on the templates of one query: the finding names the label or annotation, gives Go's
 * reason with the template's line and column, and shows the template line with a caret.
 */
class AlertTemplateSyntaxTest {
    private static List<Finding> run(String expr, QueryKind kind, Map<String, String> templates,
                                     Map<String, String> suppressions) {
        Query query = new Query("alert 'A' in group 'g'", expr, kind, null, null, templates, Map.of(), null,
                suppressions);
        return CheckRegistry.standard().queryRunner().run(List.of(query), new NameCatalog()).findings();
    }

    private static String formatted(List<Finding> findings) {
        return findings.stream().map(Finding::format).collect(Collectors.joining("\n"));
    }

    @Test
    void aFindingNamesTheLabelAndPointsIntoTheTemplate() {
        List<Finding> findings = run("up == 0", QueryKind.ALERT,
                Map.of("label team", "{{ $labels.team | toUpper }}", "annotation description",
                        "Target {{ $labels.instance }} is down.\nSince {{ $value | humanise }}."), Map.of());
        assertEquals("error[alert/template] alert 'A' in group 'g': annotation 'description' does not parse as a "
                + "template: function \"humanise\" not defined (template 2:19)\n"
                + "    Since {{ $value | humanise }}.\n"
                + "                      ^", formatted(findings));
    }

    @Test
    void runsWhereTheExpressionDoesNotParse() {
        List<Finding> findings = run("rate(up[5m]", QueryKind.ALERT, Map.of("label team", "{{ oops"), Map.of());
        assertEquals("alert/template promql/syntax",
                findings.stream().map(Finding::checkId).sorted().collect(Collectors.joining(" ")), formatted(findings));
    }

    @Test
    void recordingRuleLabelsAreNotTemplates() {
        assertEquals("", formatted(run("sum(up)", QueryKind.RECORDING, Map.of("label team", "{{ oops"), Map.of())));
    }

    @Test
    void prometheusOwnExamplesParse() {
        Map<String, String> templates = Map.of(
                "annotation summary", "Instance {{$labels.instance}} down",
                "annotation description", "{{ $labels.instance }} of job {{ $labels.job }} has been down for more "
                        + "than 5 minutes. {{ with query \"some_metric{instance='someinstance'}\" }}"
                        + "{{ . | first | value | humanize }}{{ end }}",
                "annotation table", "{{ range query \"up\" }}{{ .Labels.instance }} {{ .Value }}\n{{ end }}",
                "label severity", "{{ if gt $value 100.0 }}critical{{ else }}warning{{ end }}");
        assertEquals("", formatted(run("up == 0", QueryKind.ALERT, templates, Map.of())));
    }

    @Test
    void aSuppressedFindingIsANoteWithTheReason() {
        List<Finding> findings = run("up == 0", QueryKind.ALERT, Map.of("annotation x", "{{ now }}"),
                Map.of("alert/template", "an older promtool"));
        assertEquals(List.of(), findings, formatted(findings));
        findings = run("up == 0", QueryKind.ALERT, Map.of("annotation x", "{{ later }}"),
                Map.of("alert/template", "we know"));
        assertEquals(1, findings.size(), formatted(findings));
        assertEquals(FindingSeverity.NOTE, findings.get(0).severity());
    }
}
