package dev.obsgen.core.render.grafana;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.DatasourceVariable;
import dev.obsgen.model.dashboard.FieldConfig;
import dev.obsgen.model.dashboard.GraphPanelBuilder;
import dev.obsgen.model.dashboard.Legend;
import dev.obsgen.model.dashboard.Orientation;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PanelBuilder;
import dev.obsgen.model.dashboard.PrometheusTarget;
import dev.obsgen.model.dashboard.ReduceOptions;
import dev.obsgen.model.dashboard.SingleValuePanelBuilder;
import dev.obsgen.model.dashboard.StatPanel;
import dev.obsgen.model.dashboard.Tooltip;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the builder API's shared setters write: the field colour ({@code colorScheme}) apart from the stat's
 * {@code colorMode} and the heatmap's cell scheme, and the graph and single-value setters alike on every kind.
 */
class PanelBuilderJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void colorSchemeIsTheFieldColourAndColorModeIsWhatAStatPaints() throws Exception {
        JsonNode panel = render(Panel.stat("Requests").colorScheme(FieldConfig.ColorMode.CONTINUOUS_BLUES)
                .colorMode(StatPanel.ColorMode.BACKGROUND));
        assertEquals("continuous-blues", panel.path("fieldConfig").path("defaults").path("color").path("mode").asText());
        assertEquals("background", panel.path("options").path("colorMode").asText());
    }

    @Test
    void aHeatmapsCellColoursAreItsOwnOption() throws Exception {
        JsonNode panel = render(Panel.heatmap("Latency").cellColors("Blues"));
        assertEquals("Blues", panel.path("options").path("color").path("scheme").asText());
        assertTrue(panel.path("fieldConfig").path("defaults").path("color").isMissingNode(),
                panel.path("fieldConfig").toString());
    }

    static Stream<Arguments> graphPanels() {
        return Stream.of(Arguments.of("timeseries", Panel.timeseries("a")), Arguments.of("barchart", Panel.barChart("a")),
                Arguments.of("histogram", Panel.histogram("a")), Arguments.of("candlestick", Panel.candlestick("a")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphPanels")
    void everyGraphPanelWritesTheSharedLegendAndTooltip(String kind, GraphPanelBuilder<?, ?, ?> builder)
            throws Exception {
        JsonNode panel = render(builder.legend(Legend.table("mean", "max")).tooltip(Tooltip.single()));
        assertEquals(kind, panel.path("type").asText());
        assertEquals("table", panel.path("options").path("legend").path("displayMode").asText(), panel.toString());
        assertEquals("[\"mean\",\"max\"]", panel.path("options").path("legend").path("calcs").toString());
        assertEquals("single", panel.path("options").path("tooltip").path("mode").asText());
    }

    static Stream<Arguments> singleValuePanels() {
        return Stream.of(Arguments.of("stat", Panel.stat("a")), Arguments.of("gauge", Panel.gauge("a")),
                Arguments.of("bargauge", Panel.barGauge("a")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleValuePanels")
    void everySingleValuePanelWritesTheSharedReduceOptionsAndOrientation(String kind,
            SingleValuePanelBuilder<?, ?> builder) throws Exception {
        JsonNode panel = render(builder.orientation(Orientation.VERTICAL).reduceOptions(ReduceOptions.lastNotNull()));
        assertEquals(kind, panel.path("type").asText());
        assertEquals("vertical", panel.path("options").path("orientation").asText(), panel.toString());
        assertEquals("[\"lastNotNull\"]", panel.path("options").path("reduceOptions").path("calcs").toString());
    }

    @Test
    void aBarGaugeIsHorizontalUnlessToldOtherwise() throws Exception {
        assertEquals("horizontal", render(Panel.barGauge("a")).path("options").path("orientation").asText());
        assertEquals("auto", render(Panel.stat("a")).path("options").path("orientation").asText());
    }

    private static JsonNode render(PanelBuilder<?, ?> panel) throws Exception {
        Dashboard dashboard = Dashboard.builder("builder-json", "Builders").withVariable(DatasourceVariable.prometheus())
                .withPanel(panel.withTarget(PrometheusTarget.builder("up"))).build();
        return JSON.readTree(new DashboardRenderer().json(dashboard)).path("panels").get(0);
    }
}
