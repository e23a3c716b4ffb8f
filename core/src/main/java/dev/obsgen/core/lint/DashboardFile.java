package dev.obsgen.core.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.dashboard.DashboardJsonLint;
import dev.obsgen.core.check.promql.GrafanaVariables;
import dev.obsgen.core.check.promql.QueryRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A Grafana dashboard JSON file given to lint, with its lines so a finding lands on the line of the text it is
 * about (the panel's title, the query's expression).
 */
record DashboardFile(Path path, List<String> lines, DashboardJsonLint.Result result) {
    static Optional<DashboardFile> read(Path path, Consumer<LintProblem> problems) {
        String file = path.toString();
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.accept(new LintProblem(file, 0, 0, FindingSeverity.ERROR, LintInput.ID,
                    "cannot be read as UTF-8 text: " + e.getMessage()));
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            problems.accept(new LintProblem(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), FindingSeverity.ERROR, LintInput.ID,
                    "is not valid JSON: " + e.getOriginalMessage()));
            return Optional.empty();
        }
        if (root == null || !DashboardJsonLint.looksLikeDashboard(root)) {
            problems.accept(new LintProblem(file, 1, 1, FindingSeverity.ERROR, LintInput.ID,
                    "is not a Grafana dashboard: a dashboard JSON has a title and panels"));
            return Optional.empty();
        }
        return Optional.of(new DashboardFile(path, text.lines().toList(), DashboardJsonLint.check(root)));
    }

    void problems(Consumer<LintProblem> sink) {
        for (DashboardJsonLint.Problem problem : result.problems()) {
            int[] position = find(problem.anchor());
            sink.accept(new LintProblem(path.toString(), position[0], position[1], problem.severity(), problem.checkId(),
                    problem.message()));
        }
    }

    LintProblem locate(QueryRunner.Located located) {
        String raw = result.queries().stream().filter(q -> q.query() == located.query()).findFirst()
                .map(DashboardJsonLint.PanelQuery::rawExpr).orElse("");
        int[] position = find(DashboardJsonLint.jsonText(raw));
        if (!raw.contains("\n")) {
            int offset = GrafanaVariables.originalOffset(raw, located.offset(), DashboardJsonLint.SCRAPE_MILLIS);
            position[1] += DashboardJsonLint.jsonText(raw.substring(0, Math.min(offset, raw.length()))).length();
        }
        Finding finding = located.finding();
        return new LintProblem(path.toString(), position[0], position[1], finding.severity(), finding.checkId(),
                finding.element() + ": " + finding.message());
    }

    /** The 1-based line and column where the text first stands, or 1:1. */
    private int[] find(String text) {
        for (int i = 0; i < lines.size(); i++) {
            int column = lines.get(i).indexOf(text);
            if (column >= 0) {
                return new int[] {i + 1, column + 1};
            }
        }
        return new int[] {1, 1};
    }
}
