package dev.obsgen.core.importer.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.obsgen.core.dashboard.GrafanaVariables;
import dev.obsgen.core.importer.ImportNotes;
import dev.obsgen.core.importer.ImportedDashboard;
import dev.obsgen.core.render.grafana.DashboardRenderer;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.promql.PromQL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real public dashboards (see {@code src/test/resources/import/dashboards/README.md}) read, written as Java,
 * compiled, built, rendered and compared with the input panel by panel: kind, title, queries, unit, thresholds
 * and grid position. Every difference must be explained by a note on that panel.
 */
class DashboardRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DIR = Path.of("src/test/resources/import/dashboards");

    @TempDir
    Path classes;

    @ParameterizedTest
    @CsvSource({"kube-prometheus-alertmanager-overview.yaml, 0", "kube-prometheus-apiserver-excerpt.yaml, 1",
        "dotdc-k8s-views-global-excerpt.yaml, 8"})
    void panelsRoundTrip(String fixture, int expectedExact) throws Exception {
        ImportNotes notes = new ImportNotes();
        List<ImportedDashboard> imported = new DashboardImport().read(DIR.resolve(fixture), notes);
        List<JsonNode> inputs = new ArrayList<>();
        for (DashboardDocuments.Source s : new DashboardDocuments(fixture, new ImportNotes())
                .read(java.nio.file.Files.readString(DIR.resolve(fixture)))) {
            inputs.add(s.dashboard());
        }
        assertEquals(inputs.size(), imported.size());
        int exact = 0;
        List<String> differing = new ArrayList<>();
        for (int i = 0; i < imported.size(); i++) {
            Dashboard built = ImportedCode.build(classes, "Imported" + i, imported.get(i));
            JsonNode output = JSON.readTree(new DashboardRenderer().json(built));
            List<JsonNode> in = panels(inputs.get(i));
            List<JsonNode> out = panels(output);
            assertEquals(in.size(), out.size(), "panel count of " + imported.get(i).uid());
            String uid = imported.get(i).uid();
            com.fasterxml.jackson.databind.node.ObjectNode dashboardIn = inputs.get(i).deepCopy();
            dashboardIn.remove(List.of("panels", "rows", "id", "version", "schemaVersion"));
            for (String path : FieldDifferences.of(dashboardIn, output)) {
                String top = path.replaceFirst("[.\\[].*$", "");
                assertTrue(notes.all().stream().anyMatch(n -> n.element().startsWith("dashboard '" + uid + "'")
                                && (n.message().contains(path) || n.message().contains(top))),
                        "field '" + path + "' of dashboard '" + uid + "' differs after the round trip and no note"
                                + " says why");
            }
            for (int p = 0; p < in.size(); p++) {
                String title = in.get(p).path("title").asText();
                List<String> reasons = differences(in.get(p), out.get(p));
                if (reasons.isEmpty()) {
                    exact++;
                } else {
                    differing.add(imported.get(i).uid() + " / " + title + ": " + reasons);
                }
                for (String reason : reasons) {
                    String field = reason.substring(0, reason.indexOf(' '));
                    assertTrue(noted(notes, title, field), "unexplained difference on panel '" + title + "': "
                            + reason);
                }
                // Beyond the fields compared above: any field of the input the output lacks or has otherwise.
                for (String path : FieldDifferences.of(in.get(p), out.get(p))) {
                    assertTrue(noted(notes, title, path) || noted(notes, title, path.replaceFirst("[.\\[].*$", "")),
                            "field '" + path + "' of panel '" + title + "' differs after the round trip and no note"
                                    + " says why");
                }
            }
        }
        System.out.println(fixture + ": " + exact + " of " + (exact + differing.size())
                + " panels round-trip exactly");
        differing.forEach(d -> System.out.println("  " + d));
        notes.all().forEach(n -> System.out.println("  note: " + n.format()));
        // The old-schema panels have no grid positions and retired types, so none of them can be exact.
        assertEquals(expectedExact, exact, "panels that round-trip exactly");
    }

    private static boolean noted(ImportNotes notes, String title, String field) {
        return notes.all().stream().anyMatch(n -> n.element().contains("panel '" + title + "'")
                && n.message().toLowerCase().contains(field.toLowerCase()));
    }

    /** Every non-row panel, those in rows (old and new schema) included, in order. */
    private static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode p : dashboard.path("panels")) {
            if (p.path("type").asText().equals("row")) {
                p.path("panels").forEach(out::add);
            } else {
                out.add(p);
            }
        }
        for (JsonNode row : dashboard.path("rows")) {
            row.path("panels").forEach(out::add);
        }
        return out;
    }

    /** Each difference starts with the field it is about, as the notes name it. */
    private static List<String> differences(JsonNode in, JsonNode out) {
        List<String> reasons = new ArrayList<>();
        if (!in.path("title").asText().equals(out.path("title").asText())) {
            reasons.add("title " + in.path("title") + " became " + out.path("title"));
        }
        String type = in.path("type").asText();
        String expected = PanelKind.legacyReplacement(type) != null ? PanelKind.legacyReplacement(type) : type;
        if (!expected.equals(out.path("type").asText())) {
            reasons.add("type '" + type + "' became '" + out.path("type").asText() + "'");
        } else if (!type.equals(expected)) {
            reasons.add("retired type '" + type + "' became '" + expected + "'");
        }
        JsonNode inTargets = in.path("targets");
        JsonNode outTargets = out.path("targets");
        if (inTargets.size() != outTargets.size()) {
            reasons.add("query count " + inTargets.size() + " became " + outTargets.size());
        } else {
            for (int t = 0; t < inTargets.size(); t++) {
                if (!sameExpr(inTargets.get(t).path("expr").asText(), outTargets.get(t).path("expr").asText())) {
                    reasons.add("query " + t + " expression differs");
                }
            }
        }
        String unitIn = in.path("fieldConfig").path("defaults").path("unit").asText(
                in.path("yaxes").path(0).path("format").asText(in.path("format").asText("")));
        String unitOut = out.path("fieldConfig").path("defaults").path("unit").asText("");
        if (!unitIn.equals(unitOut) && !(unitIn.isEmpty() && unitOut.equals("none"))) {
            reasons.add("unit '" + unitIn + "' became '" + unitOut + "'");
        }
        JsonNode thresholdsIn = in.path("fieldConfig").path("defaults").path("thresholds");
        if (!thresholdsIn.isMissingNode() && !JsonValues.same(thresholdsIn,
                out.path("fieldConfig").path("defaults").path("thresholds"))) {
            reasons.add("thresholds " + thresholdsIn + " became " + out.path("fieldConfig").path("defaults")
                    .path("thresholds"));
        }
        JsonNode grid = in.path("gridPos");
        if (grid.size() == 0) {
            reasons.add("grid position: none in the input, " + out.path("gridPos") + " placed by the model");
        } else if (!JsonValues.same(grid, out.path("gridPos"))) {
            reasons.add("gridPos " + grid + " became " + out.path("gridPos"));
        }
        return reasons;
    }

    private static boolean sameExpr(String a, String b) {
        if (Objects.equals(a, b)) {
            return true;
        }
        try {
            return PromQL.print(PromQL.parse(GrafanaVariables.substitute(a, 15_000)))
                    .equals(PromQL.print(PromQL.parse(GrafanaVariables.substitute(b, 15_000))));
        } catch (RuntimeException e) {
            return false;
        }
    }

    @org.junit.jupiter.api.Test
    void notesNameFileDashboardAndPanel() throws Exception {
        ImportNotes notes = new ImportNotes();
        new DashboardImport().read(DIR.resolve("kube-prometheus-alertmanager-overview.yaml"), notes);
        assertFalse(notes.all().isEmpty());
        assertTrue(notes.all().stream().allMatch(n -> n.file().endsWith("kube-prometheus-alertmanager-overview.yaml")
                && n.element().startsWith("dashboard 'alertmanager-overview'")), notes.all().toString());
    }
}
