package dev.obsgen.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.promql.NameCatalog;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A valid rule file must never get a lint error. {@code lint/idioms.yml} gathers the idioms public rule sets are
 * written in (recording rules named with colons, label_replace and label_join, quantiles over sum by (le, ...),
 * info-metric joins, absent, offset, subqueries, on/ignoring, bool, predict_linear, templates) in a multi-document
 * file; promtool accepts the spec of each document.
 */
class LintIdiomsTest {
    private static LintReport lintIdioms() throws URISyntaxException {
        Path idioms = Path.of(LintIdiomsTest.class.getResource("/lint/idioms.yml").toURI());
        return new Lint(CheckRegistry.standard(), new NameCatalog()).run(List.of(idioms));
    }

    private static String listing(LintReport report) {
        return report.problems().stream().map(LintProblem::format).collect(Collectors.joining("\n"));
    }

    @Test
    void readsEveryRuleOfBothDocuments() throws URISyntaxException {
        LintReport report = lintIdioms();
        assertEquals(1, report.files());
        assertEquals(21, report.rules(), () -> listing(report));
    }

    @Test
    void reportsNoErrorOnTheIdioms() throws URISyntaxException {
        LintReport report = lintIdioms();
        assertEquals(0, report.errors(), () -> listing(report));
    }

    @Test
    void warnsOnlyOfTheHeartbeatAlertsMissingConditionAndUnroutedSeverity() throws URISyntaxException {
        LintReport report = lintIdioms();
        List<String> warnings = report.problems().stream()
                .filter(p -> p.severity() == FindingSeverity.WARNING)
                .map(p -> p.line() + ":" + p.column() + " " + p.checkId() + " " + p.message())
                .toList();
        // Without a catalog's routing, severities are checked against the standard set, as warnings.
        assertEquals(List.of("152:17 alert/comparison alert 'PipelineHeartbeat': the alert expression has no comparison, "
                + "so it fires for every series it returns; add a condition such as '> 0.9'",
                "154:23 alert/severity alert 'PipelineHeartbeat': severity 'none' is not one of critical, warning, info"),
                warnings, () -> listing(report));
    }
}
