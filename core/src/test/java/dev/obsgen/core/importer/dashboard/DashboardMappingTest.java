package dev.obsgen.core.importer.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.obsgen.core.importer.ImportNotes;
import dev.obsgen.core.importer.ImportedDashboard;
import dev.obsgen.core.render.grafana.DashboardRenderer;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.Panel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each panel kind and variable kind through import, compilation and rendering; the raw field rules. */
class DashboardMappingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private JsonNode roundTrip(String dashboardJson, ImportNotes notes) throws Exception {
        Path file = dir.resolve("in.json");
        Files.writeString(file, dashboardJson);
        List<ImportedDashboard> imported = new DashboardImport().read(file, notes);
        assertEquals(1, imported.size());
        Dashboard built = ImportedCode.build(dir.resolve("classes"), "Row" + Math.abs(dashboardJson.hashCode()),
                imported.get(0));
        return JSON.readTree(new DashboardRenderer().json(built));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "timeseries, timeseries, false",
        "stat, stat, false",
        "gauge, gauge, false",
        "bargauge, bargauge, false",
        "piechart, piechart, false",
        "table, table, false",
        "heatmap, heatmap, false",
        "barchart, barchart, false",
        "histogram, histogram, false",
        "candlestick, candlestick, false",
        "text, text, false",
        "graph, timeseries, true",
        "singlestat, stat, true",
        "table-old, table, true",
        "grafana-piechart-panel, piechart, true",
        "news, text, true",
    })
    void panelKinds(String type, String rendered, boolean noted) throws Exception {
        ImportNotes notes = new ImportNotes();
        JsonNode out = roundTrip("""
                {"uid": "u", "title": "T", "panels": [{"type": "%s", "title": "P", "id": 3,
                  "gridPos": {"h": 5, "w": 7, "x": 2, "y": 0},
                  "datasource": {"type": "prometheus", "uid": "${datasource}"},
                  "fieldConfig": {"defaults": {"unit": "bytes", "decimals": 2}},
                  "targets": [{"expr": "sum(up{job=\\"$job\\"})", "refId": "A", "legendFormat": "{{job}}"}]}]}
                """.formatted(type), notes);
        JsonNode panel = out.path("panels").get(0);
        assertEquals(rendered, panel.path("type").asText());
        assertEquals("P", panel.path("title").asText());
        assertEquals(JSON.readTree("{\"h\": 5, \"w\": 7, \"x\": 2, \"y\": 0}"), panel.path("gridPos"));
        assertEquals(3, panel.path("id").asInt());
        if (!rendered.equals("text")) {
            assertEquals("sum(up{job=\"$job\"})", panel.path("targets").get(0).path("expr").asText());
            assertEquals("{{job}}", panel.path("targets").get(0).path("legendFormat").asText());
            assertEquals("bytes", panel.path("fieldConfig").path("defaults").path("unit").asText());
        }
        assertEquals(noted, notes.all().stream().anyMatch(n -> n.message().contains("'" + type + "'")),
                notes.all().toString());
    }

    /**
     * Unit, legend, tooltip and reduction are written the same way whether they come from a retired panel's own
     * fields or a modern panel's {@code fieldConfig} and {@code options}; a unit the model has no constant for is
     * dropped with a note naming it. Columns: type, the panel's fields, a rendered path, its value (empty: none),
     * the unit note.
     */
    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "graph|\"yaxes\": [{\"format\": \"s\"}]|fieldConfig.defaults.unit|s|",
        "graph|\"yaxes\": [{\"format\": \"weird\"}]|fieldConfig.defaults.unit||axis unit 'weird' is not in GrafanaUnit; dropped",
        "singlestat|\"format\": \"percent\"|fieldConfig.defaults.unit|percent|",
        "singlestat|\"format\": \"nope\"|fieldConfig.defaults.unit||unit 'nope' is not in GrafanaUnit; dropped",
        "stat|\"fieldConfig\": {\"defaults\": {\"unit\": \"bytes\"}}|fieldConfig.defaults.unit|bytes|",
        "stat|\"fieldConfig\": {\"defaults\": {\"unit\": \"bogus\"}}|fieldConfig.defaults.unit||unit 'bogus' is not in GrafanaUnit",
        "graph|\"legend\": {\"show\": true, \"values\": true, \"avg\": true, \"alignAsTable\": true, \"rightSide\": true}|options.legend.displayMode|table|",
        "graph|\"legend\": {\"show\": true, \"values\": true, \"avg\": true, \"alignAsTable\": true, \"rightSide\": true}|options.legend.placement|right|",
        "graph|\"legend\": {\"show\": true, \"values\": true, \"avg\": true, \"alignAsTable\": true, \"rightSide\": true}|options.legend.calcs.0|mean|",
        "graph|\"legend\": {\"show\": false}|options.legend.showLegend|false|",
        "graph|\"legend\": {\"show\": false}|options.legend.displayMode|hidden|",
        "timeseries|\"options\": {\"legend\": {\"calcs\": [\"max\"], \"displayMode\": \"table\", \"placement\": \"right\", \"showLegend\": true}}|options.legend.calcs.0|max|",
        "timeseries|\"options\": {\"legend\": {\"calcs\": [\"max\"], \"displayMode\": \"table\", \"placement\": \"right\", \"showLegend\": true}}|options.legend.placement|right|",
        "graph|\"tooltip\": {\"shared\": false, \"sort\": 2}|options.tooltip.mode|single|",
        "graph|\"tooltip\": {\"shared\": false, \"sort\": 2}|options.tooltip.sort|desc|",
        "timeseries|\"options\": {\"tooltip\": {\"mode\": \"multi\", \"sort\": \"asc\"}}|options.tooltip.sort|asc|",
        "singlestat|\"valueName\": \"current\"|options.reduceOptions.calcs.0|lastNotNull|",
        "singlestat|\"valueName\": \"max\"|options.reduceOptions.calcs.0|max|",
        "stat|\"options\": {\"reduceOptions\": {\"calcs\": [\"max\"], \"values\": true, \"limit\": 3, \"fields\": \"/x/\"}}|options.reduceOptions.limit|3|",
        "stat|\"options\": {\"reduceOptions\": {\"calcs\": [\"max\"], \"values\": true, \"limit\": 3, \"fields\": \"/x/\"}}|options.reduceOptions.fields|/x/|",
        "stat|\"options\": {\"reduceOptions\": {\"calcs\": [\"max\"], \"values\": true, \"limit\": 3, \"fields\": \"/x/\"}}|options.reduceOptions.values|true|",
    })
    void sharedPanelValues(String type, String fields, String path, String expected, String unitNote)
            throws Exception {
        ImportNotes notes = new ImportNotes();
        JsonNode node = roundTrip("""
                {"uid": "u", "title": "T", "panels": [{"type": "%s", "title": "P", "id": 3,
                  "gridPos": {"h": 5, "w": 7, "x": 2, "y": 0}, %s,
                  "targets": [{"expr": "up", "refId": "A"}]}]}
                """.formatted(type, fields), notes).path("panels").get(0);
        for (String step : path.split("\\.")) {
            node = step.matches("[0-9]+") ? node.path(Integer.parseInt(step)) : node.path(step);
        }
        assertEquals(expected == null ? "" : expected, node.asText(), path);
        List<String> unitNotes = notes.all().stream().map(ImportNotes.Note::message)
                .filter(m -> m.contains("GrafanaUnit")).toList();
        assertEquals(unitNote == null ? List.of() : List.of(unitNote), unitNotes);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "query|{\"type\": \"query\", \"name\": \"job\", \"query\": \"label_values(up, job)\", \"refresh\": 2, \"sort\": 1, \"multi\": true}|label_values(up, job)",
        "custom|{\"type\": \"custom\", \"name\": \"env\", \"query\": \"prod,staging\"}|prod,staging",
        "interval|{\"type\": \"interval\", \"name\": \"step\", \"query\": \"1m,5m\"}|1m,5m",
        "datasource|{\"type\": \"datasource\", \"name\": \"ds\", \"query\": \"prometheus\"}|prometheus",
        "constant|{\"type\": \"constant\", \"name\": \"c\", \"query\": \"x\", \"hide\": 2}|x",
        "textbox|{\"type\": \"textbox\", \"name\": \"filter\", \"query\": \"abc\"}|abc",
    })
    void variableKinds(String type, String variable, String query) throws Exception {
        ImportNotes notes = new ImportNotes();
        JsonNode out = roundTrip("{\"uid\": \"u\", \"title\": \"T\", \"templating\": {\"list\": [" + variable
                + "]}, \"panels\": []}", notes);
        JsonNode v = out.path("templating").path("list").get(0);
        assertEquals(type, v.path("type").asText());
        assertEquals(JSON.readTree(variable).path("name").asText(), v.path("name").asText());
        assertEquals(query, v.path("query").asText());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"k8s_views_global, k8sViewsGlobal", "alertmanager-overview, alertmanagerOverview",
        "DS_PROMETHEUS, dsPrometheus", "09ec8aa1, dashboard09ec8aa1", "class, classDashboard", "'', dashboard",
        "Node Exporter / Nodes, nodeExporterNodes"})
    void identifiersFromUidsAndTitles(String text, String identifier) {
        assertEquals(identifier, Identifiers.camel(text, "dashboard"));
    }

    @Test
    void aDashboardWithoutUidGetsOneFromItsTitleWithANote() throws Exception {
        ImportNotes notes = new ImportNotes();
        Path file = dir.resolve("no-uid.json");
        Files.writeString(file, "{\"title\": \"Node Exporter / Nodes\", \"panels\": []}");
        List<ImportedDashboard> imported = new DashboardImport().read(file, notes);
        assertEquals("node-exporter-nodes", imported.get(0).uid());
        assertEquals("nodeExporterNodes", imported.get(0).method().name());
        assertTrue(notes.all().get(0).message().contains("'node-exporter-nodes' derived from the title"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "current as the renderer writes it|{\"selected\": false, \"text\": \"abc\", \"value\": \"abc\"}|false",
        "current with the value only|{\"value\": \"abc\"}|false",
        "no current|null|false",
        "current typed in the browser|{\"text\": \"xyz\", \"value\": \"xyz\"}|true",
        "current text that differs|{\"text\": \"xyz\", \"value\": \"abc\"}|true",
    })
    void aTextboxCurrentEqualToItsValueIsCarriedWithoutANote(String name, String current, boolean noted)
            throws Exception {
        ImportNotes notes = new ImportNotes();
        String currentField = current.equals("null") ? "" : ", \"current\": " + current;
        JsonNode out = roundTrip("{\"uid\": \"u\", \"title\": \"T\", \"templating\": {\"list\": [{\"type\": "
                + "\"textbox\", \"name\": \"filter\", \"query\": \"abc\"" + currentField + "}]}, \"panels\": []}", notes);
        assertEquals("abc", out.path("templating").path("list").get(0).path("current").path("value").asText());
        assertEquals(noted, notes.all().stream().anyMatch(n -> n.message().contains("'templating.list[0].current")),
                notes.all().toString());
    }

    @Test
    void anUnknownVariableKindIsDroppedWithANote() throws Exception {
        ImportNotes notes = new ImportNotes();
        JsonNode out = roundTrip("{\"uid\": \"u\", \"title\": \"T\", \"templating\": {\"list\": [{\"type\": \"adhoc\","
                + " \"name\": \"f\"}]}, \"panels\": []}", notes);
        assertTrue(out.path("templating").path("list").isEmpty());
        assertTrue(notes.all().stream().anyMatch(n -> n.message().contains("'adhoc'")), notes.all().toString());
    }

    @Test
    void unmappedFieldsBecomeRawFieldsAndNotes() throws Exception {
        ImportNotes notes = new ImportNotes();
        JsonNode out = roundTrip("""
                {"uid": "u", "title": "T", "timepicker": {"hidden": true},
                 "templating": {"list": [{"type": "query", "name": "job", "query": "label_values(up, job)",
                   "current": {"text": "api", "value": "api"}}]},
                 "panels": [{"type": "timeseries", "title": "P", "gridPos": {"h": 5, "w": 7, "x": 0, "y": 0},
                   "datasource": {"type": "prometheus", "uid": "${datasource}"}, "maxDataPoints": 500,
                   "options": {"legend": {"calcs": ["mean"], "displayMode": "table", "placement": "right",
                     "showLegend": true, "sortBy": "Mean"}},
                   "targets": [{"expr": "up", "refId": "A", "intervalFactor": 2}]}]}
                """, notes);
        JsonNode panel = out.path("panels").get(0);
        assertEquals(500, panel.path("maxDataPoints").asInt());
        assertEquals("Mean", panel.path("options").path("legend").path("sortBy").asText());
        assertEquals(List.of("mean"), List.of(panel.path("options").path("legend").path("calcs").get(0).asText()));
        assertEquals(2, panel.path("targets").get(0).path("intervalFactor").asInt());
        assertTrue(out.path("timepicker").path("hidden").asBoolean());
        assertEquals("api", out.path("templating").path("list").get(0).path("current").path("value").asText());
        for (String field : List.of("maxDataPoints", "options.legend.sortBy", "targets[0].intervalFactor", "timepicker",
                "templating.list[0].current")) {
            assertTrue(notes.all().stream().anyMatch(n -> n.message().contains("'" + field + "'")), field);
        }
    }

    @Test
    void overlappingPositionsAreLeftToTheLayoutAndCollapsedRowsKeepTheirPanelsApart() throws Exception {
        ImportNotes notes = new ImportNotes();
        JsonNode out = roundTrip("""
                {"uid": "u", "title": "T", "panels": [
                  {"type": "stat", "title": "A", "gridPos": {"h": 4, "w": 6, "x": 0, "y": 0}},
                  {"type": "stat", "title": "B", "gridPos": {"h": 4, "w": 6, "x": 3, "y": 0}},
                  {"type": "row", "title": "R", "collapsed": true, "gridPos": {"h": 1, "w": 24, "x": 0, "y": 4},
                   "panels": [{"type": "stat", "title": "C", "gridPos": {"h": 4, "w": 6, "x": 0, "y": 5}}]},
                  {"type": "row", "title": "S", "collapsed": false, "gridPos": {"h": 1, "w": 24, "x": 0, "y": 5}},
                  {"type": "stat", "title": "D", "gridPos": {"h": 4, "w": 6, "x": 0, "y": 6}}]}
                """, notes);
        JsonNode panels = out.path("panels");
        assertEquals("{\"h\":4,\"w\":6,\"x\":6,\"y\":0}", panels.get(1).path("gridPos").toString());
        assertEquals("{\"h\":1,\"w\":24,\"x\":0,\"y\":4}", panels.get(2).path("gridPos").toString());
        assertEquals("{\"h\":4,\"w\":6,\"x\":0,\"y\":5}", panels.get(2).path("panels").get(0).path("gridPos")
                .toString());
        assertEquals("{\"h\":1,\"w\":24,\"x\":0,\"y\":5}", panels.get(3).path("gridPos").toString());
        assertEquals("{\"h\":4,\"w\":6,\"x\":0,\"y\":6}", panels.get(4).path("gridPos").toString());
        assertTrue(notes.all().stream().anyMatch(n -> n.element().equals("dashboard 'u' panel 'B'")
                && n.message().startsWith("gridPos 4x6 at 3,0 dropped")), notes.all().toString());
    }

    @Test
    void aRawFieldOverATypedFieldIsRefusedNamingDashboardPanelAndField() {
        Dashboard dashboard = Dashboard.builder("shop", "Shop")
                .withPanel(Panel.timeseries("Latency").rawField("options.legend", Map.of("showLegend", false)))
                .build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DashboardRenderer().json(dashboard));
        assertEquals("dashboard 'shop' panel 'Latency': raw field 'options.legend' would overwrite 'legend', which the"
                + " typed model writes", e.getMessage());
    }

    @Test
    void rawFieldsAreMergedAtTheirPathsInOrder() throws Exception {
        Dashboard dashboard = Dashboard.builder("shop", "Shop")
                .withPanel(Panel.stat("Up").rawOptions(Map.of("text", Map.of("valueSize", 20)))
                        .rawFieldConfig(Map.of("custom.align", "left")).rawField("repeat", "job"))
                .rawField("timepicker.hidden", true)
                .build();
        JsonNode out = JSON.readTree(new DashboardRenderer().json(dashboard));
        JsonNode panel = out.path("panels").get(0);
        assertEquals(20, panel.path("options").path("text").path("valueSize").asInt());
        assertEquals("left", panel.path("fieldConfig").path("defaults").path("custom").path("align").asText());
        assertEquals("job", panel.path("repeat").asText());
        assertTrue(out.path("timepicker").path("hidden").asBoolean());
        assertEquals(new DashboardRenderer().json(dashboard), new DashboardRenderer().json(dashboard));
    }
}
