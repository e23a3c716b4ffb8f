package dev.obsgen.core.importer;

import dev.obsgen.core.importer.dashboard.DashboardImport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.RecordingRule;
import dev.obsgen.model.rule.RuleGroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an import makes of rule files, and what it notes: each case imports, compiles and defines the class. */
class ImporterTest {
    @TempDir
    Path work;

    private Importer.Result imported(DashboardReader dashboards, String... files) throws IOException {
        List<Path> inputs = new java.util.ArrayList<>();
        for (int i = 0; i < files.length; i++) {
            inputs.add(Files.writeString(work.resolve("rules" + i + ".yml"), files[i]));
        }
        return new Importer(dashboards, null, CheckRegistry.standard()).run("com.example.Imported", inputs);
    }

    private static String notes(Importer.Result result) {
        return result.notes().all().stream().map(ImportNotes.Note::format).collect(Collectors.joining("\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "critical | CRITICAL | ''",
            "warning | WARNING | ''",
            "info | INFO | ''",
            "none | '' | none",
            "Critical | '' | Critical",
            "'' | '' | ''"})
    void severityLabels(String label, String severity, String keptLabel) throws IOException {
        String labels = label.isEmpty() ? "" : "\n        labels:\n          severity: \"" + label + "\"";
        Importer.Result result = imported(new DashboardImport(), """
                groups:
                  - name: g
                    rules:
                      - alert: Probe
                        expr: vector(1) > 0%s
                        annotations:
                          summary: Probe.
                          description: Probe.
                """.formatted(labels));
        AlertRule alert = (AlertRule) ImportedSource.define(result, work.resolve("c")).ruleGroups().get(0).rules().get(0);
        assertEquals(severity.isEmpty() ? null : Severity.valueOf(severity), alert.severity());
        assertEquals(keptLabel.isEmpty() ? null : keptLabel, alert.labels().get("severity"));
        assertTrue(alert.imported());
        if (severity.isEmpty()) {
            assertTrue(alert.suppressions().get("alert/severity").startsWith("imported: "), alert.suppressions()::toString);
        } else {
            assertNull(alert.suppressions().get("alert/severity"));
        }
    }

    @Test
    void whatTheModelCannotSayIsNotedAndKeptWhereItCanBe() throws IOException {
        Importer.Result result = imported(new DashboardImport(), """
                groups:
                  - name: shop
                    interval: 30s
                    limit: 10
                    query_offset: 1m
                    rules:
                      - alert: QueueBacklog
                        expr: queue_depth > 100
                        keep_firing_for: 5m
                        labels:
                          team: shop
                        annotations:
                          summary: Queue backlog.
                          description: Queue {{ $labels.queue }} is deep.
                          runbook_url: https://wiki.example.com/runbooks/queue-backlog
                          dashboard: https://grafana.example.com/d/shop
                      - alert: QueueStuck
                        expr: queue_depth > 1000
                        annotations:
                          summary: Queue stuck.
                          description: Queue stuck.
                          runbook_url: https://other.example.com/stuck?page=1
                      - alert: NoRunbook
                        expr: queue_depth > 5000
                        annotations:
                          summary: Queue full.
                      - record: job:queue_depth:max
                        expr: max by (job) (queue_depth)
                        annotations:
                          help: ignored by Prometheus
                """, """
                groups:
                  - name: shop
                    rules:
                      - record: job:queue_depth:sum
                        expr: sum by (job) (queue_depth)
                        unknown_field: x
                """);
        Observability model = ImportedSource.define(result, work.resolve("c"));
        String notes = notes(result);
        RuleGroup shop = model.ruleGroups().get(0);
        assertEquals("30s", shop.interval());
        assertEquals(10, shop.limit());
        assertEquals(List.of("shop", "shop-2"), model.ruleGroups().stream().map(RuleGroup::name).toList());
        assertEquals("https://wiki.example.com/runbooks/%s", model.runbooks().urlPattern());
        AlertRule backlog = shop.alerts().get(0);
        assertEquals("queue-backlog", backlog.runbook());
        assertEquals("5m", backlog.keepFiringFor());
        assertEquals("shop", backlog.labels().get("team"));
        assertEquals("https://grafana.example.com/d/shop", backlog.annotations().get("dashboard"));
        AlertRule stuck = shop.alerts().get(1);
        assertNull(stuck.runbook(), "a runbook URL the pattern cannot give is linked as it is");
        assertEquals("https://other.example.com/stuck?page=1", stuck.runbookUrl());
        RecordingRule max = shop.recordingRules().get(0);
        assertTrue(max.imported());
        assertTrue(max.designNote().contains("help=ignored by Prometheus"), max.designNote());
        for (String expected : List.of(
                "group 'shop': field 'query_offset' (1m) has no place in the model; not imported",
                "rule 'job:queue_depth:sum' in group 'shop': field 'unknown_field' (x) has no place in the model",
                "group 'shop': another imported group has this name; imported as 'shop-2'",
                "alert 'NoRunbook' in group 'shop': has no runbook_url; the generated rule links to "
                        + "'https://wiki.example.com/runbooks/norunbook', a runbook stub obsgen writes",
                "alert 'NoRunbook' in group 'shop': has no description annotation",
                "recording rule 'job:queue_depth:max' in group 'shop': annotations [help] on a recording rule")) {
            assertTrue(notes.contains(expected), () -> expected + " not in\n" + notes);
        }
        assertEquals(Set.of("queue_depth"), model.metrics().stream().map(m -> m.name()).collect(Collectors.toSet()));
        assertEquals(Set.of("imported"), new TreeSet<>(model.scrapeJobs().stream().map(j -> j.name()).toList()));
    }

    @Test
    void dashboardsComeFromTheReaderAndTheirQueriesDeclareMetrics() throws IOException {
        DashboardReader reader = (file, notes) -> List.of(new ImportedDashboard("ops",
                new JavaMethod("opsDashboard", "Dashboard", "return Dashboard.builder(\"ops\", \"Ops\").build();",
                        new TreeSet<>(List.of("dev.obsgen.model.dashboard.Dashboard"))),
                List.of("sum(rate(http_requests_total{job=\"api\"}[5m]))")));
        Path board = Files.writeString(work.resolve("ops.json"), "{}");
        Importer.Result result = new Importer(reader, null, CheckRegistry.standard())
                .run("com.example.Imported", List.of(board));
        Observability model = ImportedSource.define(result, work.resolve("c"));
        assertEquals(List.of("ops"), model.dashboards().stream().map(d -> d.uid()).toList());
        assertEquals(List.of("http_requests_total"), model.metrics().stream().map(m -> m.name()).toList());
        assertEquals(List.of("api"), model.scrapeJobs().stream().map(j -> j.name()).toList());
        assertTrue(result.source().contains("        .withDashboard(opsDashboard())\n"), result.source());
    }

    @Test
    void aLargeGroupIsDeclaredInPartsThatCompile() throws IOException {
        StringBuilder rules = new StringBuilder("groups:\n  - name: big\n    rules:\n");
        for (int i = 0; i < 250; i++) {
            rules.append("      - alert: Big").append(i).append("\n        expr: queue_depth{queue=\"q").append(i)
                    .append("\"} > ").append(i).append("\n        labels:\n          severity: warning\n")
                    .append("        annotations:\n          summary: Big.\n          description: Big ").append(i)
                    .append(".\n");
        }
        Importer.Result result = imported(new DashboardImport(), rules.toString());
        Observability model = ImportedSource.define(result, work.resolve("c"));
        assertEquals(250, model.ruleGroups().get(0).rules().size());
        assertEquals("Big249", model.ruleGroups().get(0).rules().get(249).name());
        assertTrue(result.source().contains("        bigPart3().forEach(group::withRule);\n"), result.source());
    }

    @Test
    void theSameInputGivesTheSameSourceToTheByte() throws IOException {
        String rules = Files.readString(ImportRoundTripTest.KUBE_PROMETHEUS.resolve("alertmanager-prometheusRule.yaml"));
        assertEquals(imported(new DashboardImport(), rules).source(),
                imported(new DashboardImport(), rules).source());
    }
}
