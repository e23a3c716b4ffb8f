package dev.obsgen.core.render.grafana.v2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.obsgen.core.render.grafana.DashboardJsonFormat;
import dev.obsgen.core.render.grafana.DashboardRenderer;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the reader refuses rather than drops, each with the line it refuses with; and what it reads as is. */
class ClassicDashboardTest {
    record Refusal(String name, Consumer<Map<String, Object>> change, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Refusal> refusals() {
        return Stream.of(
                new Refusal("a tabs layout", spec -> spec.put("layout", parse("{\"kind\": \"TabsLayout\", \"spec\": "
                        + "{\"tabs\": []}}")), "dashboard 'kitchen-sink': layout TabsLayout has no classic form; only "
                        + "GridLayout and RowsLayout do"),
                new Refusal("an auto grid layout", spec -> spec.put("layout", parse("{\"kind\": \"AutoGridLayout\", "
                        + "\"spec\": {\"columnWidthMode\": \"standard\", \"rowHeightMode\": \"standard\", \"items\": []}}")),
                        "dashboard 'kitchen-sink': layout AutoGridLayout has no classic form; only GridLayout and "
                                + "RowsLayout do"),
                new Refusal("a library panel", spec -> elements(spec).put("panel-1", parse("{\"kind\": \"LibraryPanel\", "
                        + "\"spec\": {\"id\": 1, \"title\": \"Shared\", \"libraryPanel\": {\"name\": \"Lib\", \"uid\": \"lib\"}}}")),
                        "dashboard 'kitchen-sink': element 'panel-1' is of kind LibraryPanel; obsgen reads whole panels only"),
                new Refusal("a group-by variable", spec -> variables(spec).add(parse("{\"kind\": \"GroupByVariable\", "
                        + "\"group\": \"prometheus\", \"spec\": {\"name\": \"by\"}}")),
                        "dashboard 'kitchen-sink': variable 'by' is of kind GroupByVariable, which obsgen does not read into "
                                + "classic JSON"),
                new Refusal("an ad hoc variable", spec -> variables(spec).add(parse("{\"kind\": \"AdhocVariable\", "
                        + "\"group\": \"prometheus\", \"spec\": {\"name\": \"filters\"}}")),
                        "dashboard 'kitchen-sink': variable 'filters' is of kind AdhocVariable, which obsgen does not read "
                                + "into classic JSON"),
                new Refusal("a headerless row after the first", spec -> row(spec, 2).put("hideHeader", true),
                        "dashboard 'kitchen-sink': row 3 hides its header; classic JSON has such panels above the "
                                + "first row only"),
                new Refusal("a row shown on a condition", spec -> row(spec, 1).put("conditionalRendering",
                        parse("{\"kind\": \"ConditionalRenderingGroup\", \"spec\": {\"visibility\": \"show\", "
                                + "\"condition\": \"and\", \"items\": []}}")),
                        "dashboard 'kitchen-sink': row 'Open' has 'conditionalRendering', which classic rows do not have"),
                new Refusal("rows in a row", spec -> row(spec, 1).put("layout", parse("{\"kind\": \"RowsLayout\", "
                        + "\"spec\": {\"rows\": []}}")),
                        "dashboard 'kitchen-sink': row 'Open' holds layout RowsLayout; a classic row holds a grid only"),
                new Refusal("a panel subtitle", spec -> panelSpec(spec, "panel-1").put("subtitle", "More"),
                        "dashboard 'kitchen-sink': panel 'Above the rows' has 'subtitle', which obsgen does not read "
                                + "into classic JSON"),
                new Refusal("the editor's layout preferences", spec -> spec.put("preferences", Map.of()),
                        "dashboard 'kitchen-sink': the spec has 'preferences', which obsgen does not read into classic "
                                + "JSON"),
                new Refusal("labels on a query", spec -> dataQuery(spec, "panel-3").put("labels", Map.of("a", "b")),
                        "dashboard 'kitchen-sink': panel 'Repeated per path' query A has 'labels', which obsgen does "
                                + "not read into classic JSON"),
                new Refusal("static options on a query variable", spec -> variableSpec(spec, 1).put("staticOptions",
                        List.of()), "dashboard 'kitchen-sink': variable 'path' has 'staticOptions', which obsgen does "
                        + "not read into classic JSON"),
                new Refusal("a placed element that does not exist", spec -> elements(spec).remove("panel-3"),
                        "dashboard 'kitchen-sink': the layout places element 'panel-3', which the dashboard does not have"),
                new Refusal("an element no layout item places", spec -> elements(spec).put("panel-9",
                        elements(spec).get("panel-1")), "dashboard 'kitchen-sink': element 'panel-9' is placed by no "
                        + "layout item; classic JSON has no panel off the grid"),
                new Refusal("an element placed twice", spec -> items(spec, 0).add(items(spec, 0).get(0)),
                        "dashboard 'kitchen-sink': the layout places element 'panel-1' twice; a classic panel has one place"),
                new Refusal("a variable hidden in a way v2 does not name", spec -> variableSpec(spec, 1).put("hide",
                        "sometimes"), "dashboard 'kitchen-sink': variable 'path' hide is 'sometimes', which is none of "
                        + "dontHide, hideLabel, hideVariable, inControlsMenu"),
                new Refusal("a variable hidden by number", spec -> variableSpec(spec, 1).put("hide", 2),
                        "dashboard 'kitchen-sink': variable 'path' hide is '2', which is none of dontHide, hideLabel, "
                                + "hideVariable, inControlsMenu"),
                new Refusal("an unknown variable refresh", spec -> variableSpec(spec, 1).put("refresh", "always"),
                        "dashboard 'kitchen-sink': variable 'path' refresh is 'always', which is none of never, "
                                + "onDashboardLoad, onTimeRangeChanged"),
                new Refusal("an unknown variable sort", spec -> variableSpec(spec, 1).put("sort", "byLength"),
                        "dashboard 'kitchen-sink': variable 'path' sort is 'byLength', which is none of disabled, "
                                + "alphabeticalAsc, alphabeticalDesc, numericalAsc, numericalDesc, "
                                + "alphabeticalCaseInsensitiveAsc, alphabeticalCaseInsensitiveDesc, naturalAsc, naturalDesc"),
                new Refusal("an unknown cursor sync", spec -> spec.put("cursorSync", "Always"),
                        "dashboard 'kitchen-sink': the spec's cursorSync is 'Always', which is none of Off, Crosshair, "
                                + "Tooltip"),
                new Refusal("a grid x given as a string", spec -> gridItem(spec, 0).put("x", "3"),
                        "dashboard 'kitchen-sink': panel 'Above the rows' grid item x is '3'; classic gridPos needs a "
                                + "whole number of grid units"),
                new Refusal("a grid y that is a fraction", spec -> gridItem(spec, 0).put("y", 1.5),
                        "dashboard 'kitchen-sink': panel 'Above the rows' grid item y is 1.5; classic gridPos needs a "
                                + "whole number of grid units"),
                new Refusal("a missing grid width", spec -> gridItem(spec, 0).remove("width"),
                        "dashboard 'kitchen-sink': panel 'Above the rows' grid item width is missing; classic gridPos "
                                + "needs a whole number of grid units"),
                new Refusal("a negative grid height", spec -> gridItem(spec, 0).put("height", -2),
                        "dashboard 'kitchen-sink': panel 'Above the rows' grid item height is -2; classic gridPos "
                                + "needs a whole number of grid units"),
                new Refusal("a headerless row with a title", spec -> row(spec, 0).put("title", "Top"),
                        "dashboard 'kitchen-sink': row 'Top' hides its header but has a title; classic panels above "
                                + "the first row have none"),
                new Refusal("a headerless collapsed row", spec -> row(spec, 0).put("collapse", true),
                        "dashboard 'kitchen-sink': row 1 hides its header but has 'collapse'; classic panels above "
                                + "the first row cannot be collapsed"),
                new Refusal("a headerless repeated row", spec -> row(spec, 0).put("repeat",
                        parse("{\"mode\": \"variable\", \"value\": \"host\"}")),
                        "dashboard 'kitchen-sink': row 1 hides its header but has 'repeat'; classic panels above "
                                + "the first row cannot be repeated"));
    }

    /** Rows that read as they are: each enumeration value v2 names has its classic number. */
    @Test
    @SuppressWarnings("unchecked")
    void readsEveryEnumerationValueV2Names() {
        List<String> hides = List.of("dontHide", "hideLabel", "hideVariable", "inControlsMenu");
        for (int code = 0; code < hides.size(); code++) {
            Map<String, Object> spec = sinkSpec();
            variableSpec(spec, 1).put("hide", hides.get(code));
            Map<String, Object> classic = ClassicDashboard.fromV2("kitchen-sink", spec, DashboardV2Test.VERSION);
            Map<String, Object> path = (Map<String, Object>) ((List<Object>) ((Map<String, Object>)
                    classic.get("templating")).get("list")).get(1);
            assertEquals(code, path.get("hide"), hides.get(code));
        }
        List<String> cursors = List.of("Off", "Crosshair", "Tooltip");
        for (int code = 0; code < cursors.size(); code++) {
            Map<String, Object> spec = sinkSpec();
            spec.put("cursorSync", cursors.get(code));
            assertEquals(code, ClassicDashboard.fromV2("kitchen-sink", spec, DashboardV2Test.VERSION).get("graphTooltip"));
        }
    }

    /** A whole number written with a fraction part, as some JSON writers do, is a whole number still. */
    @Test
    @SuppressWarnings("unchecked")
    void readsAWholeGridNumberWrittenWithAFractionPart() {
        Map<String, Object> spec = sinkSpec();
        gridItem(spec, 0).put("x", 3.0);
        Map<String, Object> classic = ClassicDashboard.fromV2("kitchen-sink", spec, DashboardV2Test.VERSION);
        Map<String, Object> first = (Map<String, Object>) ((List<Object>) classic.get("panels")).get(0);
        assertEquals(3, ((Map<String, Object>) first.get("gridPos")).get("x"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusesWhatClassicJsonCannotHold(Refusal row) {
        Map<String, Object> spec = sinkSpec();
        row.change().accept(spec);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ClassicDashboard.fromV2("kitchen-sink", spec, DashboardV2Test.VERSION));
        assertEquals(row.message(), refused.getMessage());
    }

    @Test
    void readsTheUnchangedSpec() {
        assertEquals(new DashboardRenderer(DashboardV2Test.VERSION).json(KitchenSinkDashboard.kitchenSink()),
                DashboardJsonFormat.write(ClassicDashboard.fromV2("kitchen-sink", sinkSpec(), DashboardV2Test.VERSION)));
    }

    private static Map<String, Object> sinkSpec() {
        return DashboardV2Test.parse(DashboardJsonFormat.write(DashboardV2.spec(
                new DashboardRenderer(DashboardV2Test.VERSION).tree(KitchenSinkDashboard.kitchenSink()),
                DashboardV2Test.VERSION)));
    }

    private static Map<String, Object> parse(String json) {
        return DashboardV2Test.parse(json);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> elements(Map<String, Object> spec) {
        return (Map<String, Object>) spec.get("elements");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> panelSpec(Map<String, Object> spec, String element) {
        return (Map<String, Object>) ((Map<String, Object>) elements(spec).get(element)).get("spec");
    }

    /** The first query's {@code DataQuery} of the element. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> dataQuery(Map<String, Object> spec, String element) {
        Map<String, Object> data = (Map<String, Object>) ((Map<String, Object>) panelSpec(spec, element).get("data")).get("spec");
        Map<String, Object> first = (Map<String, Object>) ((List<Object>) data.get("queries")).get(0);
        return (Map<String, Object>) ((Map<String, Object>) first.get("spec")).get("query");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> variableSpec(Map<String, Object> spec, int index) {
        return (Map<String, Object>) ((Map<String, Object>) variables(spec).get(index)).get("spec");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> variables(Map<String, Object> spec) {
        return (List<Object>) spec.get("variables");
    }

    /** The first grid item's spec of the row. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> gridItem(Map<String, Object> spec, int row) {
        return (Map<String, Object>) ((Map<String, Object>) items(spec, row).get(0)).get("spec");
    }

    /** The grid items of the row. */
    @SuppressWarnings("unchecked")
    private static List<Object> items(Map<String, Object> spec, int index) {
        Map<String, Object> layout = (Map<String, Object>) row(spec, index).get("layout");
        return (List<Object>) ((Map<String, Object>) layout.get("spec")).get("items");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> row(Map<String, Object> spec, int index) {
        Map<String, Object> layout = (Map<String, Object>) ((Map<String, Object>) spec.get("layout")).get("spec");
        return (Map<String, Object>) ((Map<String, Object>) ((List<Object>) layout.get("rows")).get(index)).get("spec");
    }
}
