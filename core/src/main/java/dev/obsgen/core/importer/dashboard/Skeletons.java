package dev.obsgen.core.importer.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.obsgen.core.render.grafana.DashboardRenderer;
import dev.obsgen.model.dashboard.AnnotationQuery;
import dev.obsgen.model.dashboard.ConstantVariable;
import dev.obsgen.model.dashboard.CustomVariable;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.DashboardLink;
import dev.obsgen.model.dashboard.DatasourceVariable;
import dev.obsgen.model.dashboard.IntervalVariable;
import dev.obsgen.model.dashboard.PanelBuilder;
import dev.obsgen.model.dashboard.PrometheusTarget;
import dev.obsgen.model.dashboard.QueryVariable;
import dev.obsgen.model.dashboard.Row;
import dev.obsgen.model.dashboard.TextboxVariable;
import dev.obsgen.model.dashboard.Variable;
import dev.obsgen.model.dashboard.VariableHide;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Grafana renderer writes for each kind of element, rendered once from a model element with every
 * optional field set: a key found here is one the typed model owns, so the input's value for it can only be
 * mapped or noted, never added as a raw field.
 */
final class Skeletons {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, JsonNode> PANELS = new HashMap<>();
    private static JsonNode dashboard;

    private Skeletons() {
    }

    static synchronized JsonNode dashboard() {
        if (dashboard == null) {
            dashboard = render(Dashboard.builder("uid", "title")
                    .withVariable(DatasourceVariable.prometheus())
                    .withVariable(QueryVariable.builder("q", "up").includeAll(true, ".*"))
                    .withVariable(new CustomVariable("c", "", List.of("a"), false, false, VariableHide.SHOW))
                    .withVariable(new IntervalVariable("i", "", List.of("1m"), VariableHide.SHOW))
                    .withVariable(new ConstantVariable("k", "v"))
                    .withVariable(new TextboxVariable("t", "", "v", VariableHide.SHOW))
                    .withAnnotation(new AnnotationQuery("a", dev.obsgen.model.dashboard.DatasourceRef.prometheusVariable(), "up", "red", true, "t", "x", "k", "1m"))
                    .withLink(DashboardLink.url("l", "https://example.org"))
                    .withPanel(PanelKind.TEXT.start("p"))
                    .withRow(Row.builder("r"))
                    .build());
        }
        return dashboard;
    }

    static JsonNode variable(Variable variable) {
        String type = variable.type();
        for (JsonNode node : dashboard().path("templating").path("list")) {
            if (node.path("type").asText().equals(type)) {
                return node;
            }
        }
        throw new IllegalStateException("no skeleton for variable type " + type);
    }

    static JsonNode annotation() {
        return dashboard().path("annotations").path("list").get(1);
    }

    static JsonNode link() {
        return dashboard().path("links").get(0);
    }

    static JsonNode row() {
        return dashboard().path("panels").get(1);
    }

    static synchronized JsonNode panel(PanelKind kind) {
        return PANELS.computeIfAbsent(kind.name(), k -> {
            PanelBuilder<?, ?> panel = kind.start("p").unit(dev.obsgen.model.dashboard.GrafanaUnit.SHORT)
                    .decimals(1).min(0).max(1).noValue("-")
                    .withTarget(PrometheusTarget.builder("up").interval("1m").hide(true));
            if (panel instanceof dev.obsgen.model.dashboard.BarChartPanel.Builder bars) {
                bars.xField("x");
            }
            if (panel instanceof dev.obsgen.model.dashboard.HistogramPanel.Builder histogram) {
                histogram.bucketCount(1).bucketSize(1);
            }
            return render(Dashboard.builder("uid", "title").withPanel(panel).build()).path("panels").get(0);
        });
    }

    static JsonNode target(PanelKind kind) {
        return panel(kind).path("targets").get(0);
    }

    private static JsonNode render(Dashboard model) {
        try {
            return MAPPER.readTree(new DashboardRenderer().json(model));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the renderer wrote JSON it cannot read back: " + e.getMessage(), e);
        }
    }
}
