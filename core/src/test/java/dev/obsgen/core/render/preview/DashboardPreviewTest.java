package dev.obsgen.core.render.preview;

import static dev.obsgen.core.render.preview.SvgPicture.child;
import static dev.obsgen.core.render.preview.SvgPicture.elements;
import static dev.obsgen.core.render.preview.SvgPicture.number;
import static dev.obsgen.core.render.preview.SvgPicture.text;
import static dev.obsgen.core.render.preview.SvgPicture.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.SampleTeams;
import dev.obsgen.core.SampleModel;
import dev.obsgen.core.render.grafana.SampleDashboards;
import dev.obsgen.core.slo.SloRules;
import dev.obsgen.core.slo.SloRulesTest;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.GrafanaUnit;
import dev.obsgen.model.dashboard.GridPos;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PrometheusTarget;
import dev.obsgen.model.dashboard.Row;
import dev.obsgen.model.dashboard.Thresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Element;

/** What a preview shows, read back from the SVG with the JDK's XML parser. */
class DashboardPreviewTest {
    private static final Observability PLATFORM = SampleModel.model();

    /** The sample dashboard with every panel kind and both kinds of row, the SLO dashboards and the teams'. */
    static List<Dashboard> dashboards() {
        List<Dashboard> all = new ArrayList<>(SampleDashboards.model().dashboards());
        all.addAll(SloRules.expand(SloRulesTest.model()).dashboards());
        all.addAll(SampleTeams.checkout(PLATFORM).dashboards());
        all.addAll(SampleTeams.search(PLATFORM).dashboards());
        return all;
    }

    @TestFactory
    Stream<DynamicTest> everyShownPanelHasOneBoxAtItsScaledGridPosition() {
        return dashboards().stream().flatMap(dashboard -> Stream.of(PreviewData.NONE,
                DashboardPreviewGoldenTest.SYNTHETIC).map(data -> DynamicTest.dynamicTest(
                dashboard.uid() + (data == PreviewData.NONE ? "" : " with data"), () -> {
                    SvgPicture picture = SvgPicture.parse(DashboardPreview.svg(dashboard, data));
                    List<Panel> shown = new ArrayList<>(dashboard.panels());
                    dashboard.rows().stream().filter(r -> !r.collapsed()).forEach(r -> shown.addAll(r.panels()));
                    assertFalse(shown.isEmpty(), dashboard.uid());
                    for (Panel panel : shown) {
                        List<Element> boxes = picture.panels(panel.common().id());
                        assertEquals(1, boxes.size(), dashboard.uid() + " panel " + panel.title());
                        Element group = boxes.get(0);
                        assertEquals(panel.type(), group.getAttribute("data-kind"));
                        GridPos pos = panel.common().gridPos();
                        Element box = child(group, "rect", "box");
                        assertEquals(16 + pos.x() * 50, number(box, "x"), panel.title());
                        assertEquals(64 + pos.y() * 38, number(box, "y"), panel.title());
                        assertEquals(pos.w() * 50 - 8, number(box, "width"), panel.title());
                        assertEquals(pos.h() * 38 - 8, number(box, "height"), panel.title());
                        assertTrue(texts(group).get(0).startsWith(panel.title().substring(0, 1)), text(group));
                    }
                    assertEquals(shown.size(), picture.groups("panel").size(), "no other panel box");
                    assertEquals(dashboard.rows().size(), picture.groups("row").size());
                })));
    }

    @Test
    void theSvgIsOneSelfContainedPictureWithAViewBox() {
        Dashboard shop = SampleDashboards.model().dashboards().get(0);
        String svg = DashboardPreview.svg(shop, DashboardPreviewGoldenTest.SYNTHETIC);
        Element root = SvgPicture.parse(svg).root();
        assertEquals("svg", root.getLocalName());
        assertEquals("1.1", root.getAttribute("version"));
        assertEquals("0 0 1224 " + root.getAttribute("height"), root.getAttribute("viewBox"));
        Row collapsed = shop.rows().get(shop.rows().size() - 1);
        assertTrue(collapsed.collapsed());
        assertEquals(64 + collapsed.gridPos().bottom() * 38 - 8 + 16, Integer.parseInt(root.getAttribute("height")),
                "the band of the collapsed row, last in the grid, ends the picture");
        assertEquals(List.of("http://www.w3.org/2000/svg"), urls(svg), "no external font, style sheet or image");
        assertFalse(svg.contains("url("), svg);
    }

    private static List<String> urls(String svg) {
        List<String> urls = new ArrayList<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("https?://[^\"' )]+").matcher(svg);
        while (matcher.find()) {
            urls.add(matcher.group());
        }
        return urls.stream().distinct().toList();
    }

    @Test
    void aPanelShowsItsKindUnitThresholdsAndLegends() {
        Dashboard dashboard = Dashboard.builder("one", "One")
                .withPanel(Panel.gauge("Queue depth").unit(GrafanaUnit.SECONDS).min(0).max(200)
                        .thresholds(Thresholds.absolute("green").step(80, "orange").step(150.5, "#123456"))
                        .withTarget(PrometheusTarget.builder("max(queue_depth)").legendFormat("{{queue}}"))
                        .withTarget(PrometheusTarget.builder("min(queue_depth)"))
                        .withTarget(PrometheusTarget.builder("sum(queue_depth)").hide(true)))
                .build();
        Element panel = SvgPicture.parse(DashboardPreview.svg(dashboard, PreviewData.NONE)).panels(1).get(0);
        assertEquals("gauge · unit s · 0..200", texts(panel).get(1));
        Element thresholds = child(panel, "g", "thresholds");
        assertEquals(List.of("base", "80", "150.5"), texts(thresholds));
        assertEquals(List.of("#73BF69", "#FF9830", "#123456"),
                elements(thresholds, "rect").stream().map(r -> r.getAttribute("fill")).toList());
        assertEquals(List.of("{{queue}}", "B: min(queue_depth)", "C: sum(queue_depth) (hidden)"),
                texts(child(panel, "g", "legend")));
        assertEquals(List.of("A: max(queue_depth)", "B: min(queue_depth)"), texts(child(panel, "g", "queries")),
                "without data the room of the values shows the queries drawn");
        assertFalse(text(panel).contains("no data"), "a preview without data does not say data is missing");
    }

    @Test
    void titlesLegendsAndTextAreEscapedAndReadBackAsWritten() {
        String awkward = "a <b> & \"c\" 'd'";
        Dashboard dashboard = Dashboard.builder("esc", "Dash " + awkward)
                .folder("F & <G>")
                .withPanel(Panel.timeseries("Panel " + awkward)
                        .withTarget(PrometheusTarget.builder("sum(x{a=\"<&>\"})").legendFormat("{{code}} " + awkward)))
                .withPanel(Panel.text("Notes").content("# Notes\n<b>bold</b> & \"more\"\u0007 end"))
                .withRow(Row.builder("Row " + awkward))
                .build();
        String svg = DashboardPreview.svg(dashboard, PreviewData.NONE);
        SvgPicture picture = SvgPicture.parse(svg);
        assertEquals("Dash " + awkward, texts(picture.groups("header").get(0)).get(0));
        assertTrue(texts(picture.groups("header").get(0)).get(1).contains("folder F & <G>"));
        assertEquals("Panel " + awkward, texts(picture.panels(1).get(0)).get(0));
        assertEquals(List.of("{{code}} " + awkward), texts(child(picture.panels(1).get(0), "g", "legend")));
        assertEquals(List.of("A: sum(x{a=\"<&>\"})"), texts(child(picture.panels(1).get(0), "g", "queries")));
        Element text = picture.panels(2).get(0);
        assertEquals(List.of("# Notes", "<b>bold</b> & \"more\" end"),
                elements(text, "text").stream().filter(e -> e.getAttribute("class").equals("content"))
                        .map(Element::getTextContent).toList(), "a control character XML cannot hold is left out");
        assertEquals("▾ Row " + awkward, texts(picture.groups("row").get(0)).get(0));
        assertFalse(svg.contains("<b>"), "no markup of the model reaches the SVG");
    }

    @Test
    void aCollapsedRowIsABandWithItsPanelCountAndNoBoxes() {
        Dashboard dashboard = Dashboard.builder("rows", "Rows")
                .withRow(Row.builder("Open"))
                .withPanel(Panel.stat("Shown").withTarget(PrometheusTarget.builder("up")))
                .withRow(Row.builder("Closed").collapsed(true))
                .withPanel(Panel.stat("Hidden one").withTarget(PrometheusTarget.builder("up")))
                .withPanel(Panel.stat("Hidden two").withTarget(PrometheusTarget.builder("up")))
                .withRow(Row.builder("Closed with one").collapsed(true))
                .withPanel(Panel.stat("Hidden three").withTarget(PrometheusTarget.builder("up")))
                .build();
        SvgPicture picture = SvgPicture.parse(DashboardPreview.svg(dashboard, DashboardPreviewGoldenTest.SYNTHETIC));
        List<Element> rows = picture.groups("row");
        assertEquals(List.of("▾ Open", "▸ Closed (2 panels)", "▸ Closed with one (1 panel)"),
                rows.stream().map(r -> texts(r).get(0)).toList());
        assertEquals(List.of("false", "true", "true"), rows.stream().map(r -> r.getAttribute("data-collapsed")).toList());
        assertEquals(List.of("Shown"), picture.groups("panel").stream().map(g -> texts(g).get(0)).toList());
        for (Element row : rows) {
            Element band = child(row, "rect", "band");
            assertEquals(16, number(band, "x"));
            assertEquals(24 * 50 - 8, number(band, "width"), "a row spans the grid");
        }
        assertTrue(texts(picture.groups("header").get(0)).get(1).contains("4 panels"));
    }

    @Test
    void seriesAreLinesBrokenAtGapsScaledToTheirRange() {
        Dashboard dashboard = Dashboard.builder("lines", "Lines")
                .withPanel(Panel.timeseries("Rate").unit(GrafanaUnit.REQUESTS_PER_SECOND).span(12).height(8)
                        .withTarget(PrometheusTarget.builder("rate(a[5m])").legendFormat("{{code}}")))
                .build();
        PreviewData data = (panel, target) -> List.of(
                PreviewSeries.of("200", 0, 10, 60, 20, 120, Double.NaN, 180, 30, 240, 40),
                PreviewSeries.of("500", 0, 10, 60, Double.NaN, 120, 15, 180, Double.NaN, 240, Double.POSITIVE_INFINITY),
                PreviewSeries.of("all NaN", 0, Double.NaN, 60, Double.NaN));
        Element panel = SvgPicture.parse(DashboardPreview.svg(dashboard, data)).panels(1).get(0);
        Element plot = child(panel, "g", "plot");
        Element area = child(plot, "rect", "plot-area");
        List<Element> lines = elements(plot, "polyline");
        assertEquals(2, lines.size(), "200 breaks at its gap into two lines; 500 has only lone points");
        assertEquals(2, elements(plot, "circle").size(), "500's two lone points (the infinite one is a gap too)");
        double left = number(area, "x");
        double right = left + number(area, "width");
        double top = number(area, "y");
        double bottom = top + number(area, "height");
        String[] first = lines.get(0).getAttribute("points").split(" ");
        assertEquals(left + "," + bottom, asDoubles(first[0]), "the first point is the earliest time, the lowest value");
        String[] second = lines.get(1).getAttribute("points").split(" ");
        assertEquals(right + "," + top, asDoubles(second[1]), "the last is the latest time, the highest value");
        assertEquals(List.of("40 req/s", "10 req/s", "00:00", "00:04 UTC"),
                texts(plot), "the value axis from the smallest to the largest value, the time axis in UTC");
        assertEquals(List.of("200", "500", "all NaN"), texts(child(panel, "g", "legend")));
        assertFalse(text(panel).contains("no data"));
    }

    private static String asDoubles(String point) {
        String[] xy = point.split(",");
        return Double.parseDouble(xy[0]) + "," + Double.parseDouble(xy[1]);
    }

    /** Rows: what the data is, and whether the panel says "no data". */
    @TestFactory
    Stream<DynamicTest> aPanelWithAQueryButNoValuesSaysNoData() {
        Map<String, List<PreviewSeries>> rows = Map.of(
                "no series", List.of(),
                "a series without points", List.of(new PreviewSeries("empty", List.of())),
                "only NaN", List.of(PreviewSeries.of("nan", 0, Double.NaN, 60, Double.NaN)),
                "one value", List.of(PreviewSeries.of("one", 0, Double.NaN, 60, 3)));
        return Stream.of("stat", "timeseries", "table").flatMap(kind -> rows.entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).map(row -> DynamicTest.dynamicTest(kind + ": " + row.getKey(),
                        () -> {
                            Dashboard dashboard = Dashboard.builder("d", "D").withPanel(panel(kind)).build();
                            Element panel = SvgPicture.parse(DashboardPreview.svg(dashboard,
                                    (p, t) -> row.getValue())).panels(1).get(0);
                            boolean saysNoData = elements(panel, "text").stream()
                                    .anyMatch(e -> e.getAttribute("class").equals("no-data")
                                            && e.getTextContent().equals("no data"));
                            assertEquals(!row.getKey().equals("one value"), saysNoData, text(panel));
                        })));
    }

    private static Panel panel(String kind) {
        PrometheusTarget.Builder query = PrometheusTarget.builder("up");
        return switch (kind) {
            case "stat" -> Panel.stat("P").withTarget(query).build();
            case "timeseries" -> Panel.timeseries("P").withTarget(query).build();
            default -> Panel.table("P").withTarget(query).build();
        };
    }

    @Test
    void aPanelWithoutQueriesIsNotSaidToLackData() {
        Dashboard dashboard = Dashboard.builder("d", "D")
                .withPanel(Panel.stat("No query"))
                .withPanel(Panel.stat("Only hidden").withTarget(PrometheusTarget.builder("up").hide(true)))
                .build();
        List<String> asked = new CopyOnWriteArrayList<>();
        SvgPicture picture = SvgPicture.parse(DashboardPreview.svg(dashboard, (panel, target) -> {
            asked.add(panel.title());
            return List.of();
        }));
        assertEquals(List.of(), asked, "a hidden query is not drawn, so not asked for");
        picture.groups("panel").forEach(panel -> assertFalse(text(panel).contains("no data"), text(panel)));
    }

    @Test
    void aSingleValueIsTheLastNumberWithItsUnitInItsThresholdsColour() {
        Dashboard dashboard = Dashboard.builder("d", "D")
                .withPanel(Panel.stat("Latency").unit(GrafanaUnit.MILLISECONDS)
                        .thresholds(Thresholds.absolute("green").step(100, "red"))
                        .withTarget(PrometheusTarget.builder("x")))
                .withPanel(Panel.gauge("Ratio").unit(GrafanaUnit.PERCENT_UNIT)
                        .thresholds(Thresholds.absolute("red").step(0.9, "green"))
                        .withTarget(PrometheusTarget.builder("y")))
                .build();
        PreviewData data = (panel, target) -> List.of(panel.title().equals("Latency")
                ? PreviewSeries.of("l", 0, 50, 60, 123.456, 120, Double.NaN)
                : PreviewSeries.of("r", 0, 0.5, 60, 0.8767));
        SvgPicture picture = SvgPicture.parse(DashboardPreview.svg(dashboard, data));
        Element latency = child(picture.panels(1).get(0), "text", "value");
        assertEquals("123 ms", latency.getTextContent(), "the last value that is a number, three digits");
        assertEquals("fill: " + GrafanaColors.text("#F2495C"), latency.getAttribute("style"));
        Element ratio = child(picture.panels(2).get(0), "text", "value");
        assertEquals("87.7%", ratio.getTextContent());
        assertEquals("fill: " + GrafanaColors.text("#F2495C"), ratio.getAttribute("style"));
    }

    @Test
    void aTableShowsItsFirstRowsAndHowManyMore() {
        Dashboard dashboard = Dashboard.builder("d", "D")
                .withPanel(Panel.table("Top").unit(GrafanaUnit.SHORT).span(12).height(5)
                        .withTarget(PrometheusTarget.builder("topk(20, x)").instant()))
                .build();
        List<PreviewSeries> series = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            series.add(PreviewSeries.of("path /" + i, 0, i * 1.5));
        }
        Element rows = child(SvgPicture.parse(DashboardPreview.svg(dashboard, (p, t) -> series)).panels(1).get(0),
                "g", "rows");
        List<String> texts = texts(rows);
        assertEquals(List.of("path /1", "1.5", "path /2", "3"), texts.subList(0, 4));
        assertTrue(texts.get(texts.size() - 1).matches("\\+\\d+ more rows"), texts.toString());
        int shown = (texts.size() - 1) / 2;
        assertEquals("+" + (20 - shown) + " more rows", texts.get(texts.size() - 1));
    }

    @Test
    void theSameDashboardAndDataGiveTheSameBytesWhateverTheLocale() throws Exception {
        Locale before = Locale.getDefault();
        List<String> renders = new ArrayList<>();
        try {
            for (Locale locale : List.of(Locale.ROOT, Locale.GERMANY, Locale.forLanguageTag("ar-EG"),
                    Locale.forLanguageTag("hi-IN"))) {
                Locale.setDefault(locale);
                for (Dashboard dashboard : dashboards()) {
                    renders.add(DashboardPreview.svg(dashboard, DashboardPreviewGoldenTest.SYNTHETIC));
                    renders.add(DashboardPreview.svg(dashboard, PreviewData.NONE));
                }
            }
        } finally {
            Locale.setDefault(before);
        }
        int perLocale = renders.size() / 4;
        for (int i = perLocale; i < renders.size(); i++) {
            assertEquals(renders.get(i % perLocale), renders.get(i), "render " + i);
        }
    }

    @Test
    void previewDataNoneIsNeverAsked() {
        assertFalse(PreviewData.NONE.queried());
        assertTrue(((PreviewData) (p, t) -> List.of()).queried());
    }
}
