package dev.obsgen.core.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.promql.Query;
import dev.obsgen.core.check.promql.QueryKind;
import dev.obsgen.core.check.promql.QueryRunner;
import dev.obsgen.core.dashboard.DashboardQuery;
import dev.obsgen.core.dashboard.JsonDashboard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A Grafana dashboard JSON file given to lint, in the shape the dashboard checks read, with its lines so a finding
 * lands on the line of the text it is about (the dashboard's uid, the panel's title, the query's expression).
 */
record DashboardFile(Path path, List<String> lines, JsonDashboard json, List<Query> queries,
                     Map<Query, DashboardQuery> walked) {
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
        if (root == null || !JsonDashboard.looksLikeDashboard(root)) {
            problems.accept(new LintProblem(file, 1, 1, FindingSeverity.ERROR, LintInput.ID,
                    "is not a Grafana dashboard: a dashboard JSON has a title and panels"));
            return Optional.empty();
        }
        JsonDashboard json = JsonDashboard.of(root);
        List<Query> queries = new ArrayList<>();
        Map<Query, DashboardQuery> walked = new IdentityHashMap<>();
        for (DashboardQuery query : json.shape().queries()) {
            Query panelQuery = Query.of(query.element(), query.expr(), QueryKind.PANEL);
            queries.add(panelQuery);
            walked.put(panelQuery, query);
        }
        return Optional.of(new DashboardFile(path, text.lines().toList(), json, queries, walked));
    }

    /** The findings of the registry's dashboard checks that read dashboard files, each on the line of its element. */
    void check(CheckRegistry registry, Consumer<LintProblem> sink) {
        for (Finding finding : registry.runOnDashboardFiles(List.of(json.shape()))) {
            int[] position = find(anchor(finding.element()));
            sink.accept(new LintProblem(path.toString(), position[0], position[1], finding.severity(),
                    finding.checkId(), finding.element() + ": " + finding.message()));
        }
    }

    LintProblem locate(QueryRunner.Located located) {
        DashboardQuery query = walked.get(located.query());
        String raw = query == null ? "" : query.text();
        int[] position = find(JsonDashboard.jsonText(raw));
        if (query != null && !raw.contains("\n")) {
            int offset = query.textOffset(located.offset());
            position[1] += JsonDashboard.jsonText(raw.substring(0, Math.min(offset, raw.length()))).length();
        }
        Finding finding = located.finding();
        return new LintProblem(path.toString(), position[0], position[1], finding.severity(), finding.checkId(),
                finding.element() + ": " + finding.message());
    }

    /** The text that stands on the element's line: its own, or that of the element it is a part of. */
    private String anchor(String element) {
        for (String name = element; ; name = name.substring(name.indexOf(" of ") + 4)) {
            String anchor = json.anchors().get(name);
            if (anchor != null) {
                return anchor;
            }
            if (!name.contains(" of ")) {
                return "\"uid\"";
            }
        }
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
