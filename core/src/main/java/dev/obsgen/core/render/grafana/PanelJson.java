package dev.obsgen.core.render.grafana;

import dev.obsgen.model.dashboard.BarGaugePanel;
import dev.obsgen.model.dashboard.DataLink;
import dev.obsgen.model.dashboard.FieldConfig;
import dev.obsgen.model.dashboard.FieldOverride;
import dev.obsgen.model.dashboard.GaugePanel;
import dev.obsgen.model.dashboard.GridPos;
import dev.obsgen.model.dashboard.HeatmapPanel;
import dev.obsgen.model.dashboard.MappingResult;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PanelCommon;
import dev.obsgen.model.dashboard.PrometheusTarget;
import dev.obsgen.model.dashboard.StatPanel;
import dev.obsgen.model.dashboard.TablePanel;
import dev.obsgen.model.dashboard.TextPanel;
import dev.obsgen.model.dashboard.ThresholdStep;
import dev.obsgen.model.dashboard.Thresholds;
import dev.obsgen.model.dashboard.Transformation;
import dev.obsgen.model.dashboard.ValueMapping;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One panel as Grafana JSON: the shared fields here, each kind's {@code options} and custom field config in
 * {@link PanelOptionsJson}.
 */
final class PanelJson {
    private final GrafanaVersion version;

    PanelJson(GrafanaVersion version) {
        this.version = version;
    }

    /** The panel's JSON with its raw fields added; {@code dashboardUid} names the dashboard in an error. */
    Map<String, Object> panel(Panel panel, String dashboardUid) {
        Map<String, Object> json = panel(panel);
        RawFieldMerge.merge(json, panel.common().raw(),
                "dashboard '" + dashboardUid + "' panel '" + panel.common().title() + "'");
        return json;
    }

    private Map<String, Object> panel(Panel panel) {
        PanelCommon common = panel.common();
        JsonObject json = JsonObject.of()
                .put("description", common.description())
                .put("fieldConfig", JsonObject.of()
                        .put("defaults", defaults(panel))
                        .put("overrides", JsonObject.list(common.overrides(), this::override)))
                .put("gridPos", gridPos(common.gridPos()))
                .put("id", common.id())
                .put("options", PanelOptionsJson.options(panel))
                .put("pluginVersion", version.pluginVersion())
                .put("title", common.title())
                .put("type", panel.type());
        if (!(panel instanceof TextPanel)) {
            json.put("datasource", DashboardJson.datasource(common.datasource()))
                    .put("targets", JsonObject.list(common.targets(), PanelJson::target));
        }
        if (!common.transformations().isEmpty()) {
            json.put("transformations", JsonObject.list(common.transformations(), PanelJson::transformation));
        }
        return json.map();
    }

    static Map<String, Object> gridPos(GridPos pos) {
        return JsonObject.of().put("h", pos.h()).put("w", pos.w()).put("x", pos.x()).put("y", pos.y()).map();
    }

    private static Map<String, Object> defaults(Panel panel) {
        FieldConfig config = panel.common().fieldConfig();
        JsonObject json = JsonObject.of()
                .putIfPresent("decimals", config.decimals())
                .put("links", JsonObject.list(config.links(), PanelJson::dataLink))
                .put("mappings", JsonObject.list(config.mappings(), PanelJson::mapping))
                .putIfPresent("max", config.max())
                .putIfPresent("min", config.min())
                .putIfPresent("noValue", config.noValue())
                .put("thresholds", thresholds(config.thresholds()))
                .putIfPresent("unit", config.unit() == null ? null : config.unit().id());
        String colorMode = config.color() != null ? config.color().id() : defaultColorMode(panel);
        if (colorMode != null) {
            json.put("color", JsonObject.of().put("mode", colorMode));
        }
        Map<String, Object> custom = PanelOptionsJson.custom(panel);
        if (custom != null) {
            json.put("custom", custom);
        }
        return json.map();
    }

    /** Single-value panels colour by threshold, graphs by series; a heatmap colours through its own options. */
    private static String defaultColorMode(Panel panel) {
        if (panel instanceof HeatmapPanel || panel instanceof TextPanel) {
            return null;
        }
        boolean singleValue = panel instanceof StatPanel || panel instanceof GaugePanel
                || panel instanceof BarGaugePanel || panel instanceof TablePanel;
        return singleValue ? "thresholds" : "palette-classic";
    }

    /**
     * Unset thresholds are written as a single green base step: Grafana's own default adds a red step at 80,
     * which would mark a meaningless value on every gauge.
     */
    private static Map<String, Object> thresholds(Thresholds thresholds) {
        Thresholds effective = thresholds != null ? thresholds : Thresholds.absolute("green");
        return JsonObject.of()
                .put("mode", effective.mode().id())
                .put("steps", JsonObject.list(effective.steps(), PanelJson::step))
                .map();
    }

    private static Object step(ThresholdStep step) {
        return JsonObject.of().put("color", step.color()).put("value", step.value()).map();
    }

    /**
     * Grafana reads only title, url and targetBlank of a data link, but the published schema types field links as
     * dashboard links; the neutral values of the other fields satisfy it without changing what Grafana does.
     */
    private static Object dataLink(DataLink link) {
        return JsonObject.of()
                .put("asDropdown", false)
                .put("icon", "external link")
                .put("includeVars", false)
                .put("keepTime", false)
                .put("tags", List.of())
                .put("targetBlank", link.targetBlank())
                .put("title", link.title())
                .put("tooltip", "")
                .put("type", "link")
                .put("url", link.url())
                .map();
    }

    private static Object mapping(ValueMapping mapping) {
        if (mapping instanceof ValueMapping.ValueMap values) {
            Map<String, Object> options = new TreeMap<>();
            int index = 0;
            for (Map.Entry<String, MappingResult> entry : values.values().entrySet()) {
                options.put(entry.getKey(), result(entry.getValue(), index++));
            }
            return JsonObject.of().put("options", options).put("type", "value").map();
        }
        if (mapping instanceof ValueMapping.RangeMap range) {
            return JsonObject.of().put("options", JsonObject.of().put("from", range.from()).put("to", range.to())
                    .put("result", result(range.result(), 0))).put("type", "range").map();
        }
        ValueMapping.SpecialValueMap special = (ValueMapping.SpecialValueMap) mapping;
        return JsonObject.of().put("options", JsonObject.of().put("match", special.match().id())
                .put("result", result(special.result(), 0))).put("type", "special").map();
    }

    private static Map<String, Object> result(MappingResult result, int index) {
        return JsonObject.of().putIfPresent("color", result.color()).put("index", index)
                .putIfPresent("text", result.text()).map();
    }

    /**
     * Since schemaVersion 42 a series hidden from the graph is hidden from the tooltip too; writing it that way
     * for every target keeps the dashboard identical before and after Grafana's migration.
     */
    private Object override(FieldOverride override) {
        List<Object> properties = JsonObject.list(override.properties(), property -> {
            Object value = property.value();
            if (property.id().equals("custom.hideFrom") && value instanceof Map<?, ?> hidden
                    && Boolean.TRUE.equals(hidden.get("viz"))) {
                Map<Object, Object> migrated = new TreeMap<>(hidden);
                migrated.put("tooltip", true);
                value = migrated;
            }
            return JsonObject.of().put("id", property.id()).put("value", value).map();
        });
        return JsonObject.of()
                .put("matcher", JsonObject.of().put("id", override.matcherId()).put("options", override.matcherOption()))
                .put("properties", properties)
                .map();
    }

    private static Object target(PrometheusTarget target) {
        return JsonObject.of()
                .put("datasource", DashboardJson.datasource(target.datasource()))
                .put("editorMode", "code")
                .put("expr", target.expr())
                .put("format", target.format().id())
                .putIfPresent("hide", target.hide() ? Boolean.TRUE : null)
                .put("instant", target.instant())
                .putText("interval", target.interval())
                .put("legendFormat", target.legendFormat() == null ? "__auto" : target.legendFormat())
                .put("range", target.range())
                .put("refId", target.refId())
                .map();
    }

    private static Object transformation(Transformation transformation) {
        return JsonObject.of().put("id", transformation.id()).put("options", transformation.options()).map();
    }
}
