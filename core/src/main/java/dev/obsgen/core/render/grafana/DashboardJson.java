package dev.obsgen.core.render.grafana;

import dev.obsgen.model.dashboard.AnnotationQuery;
import dev.obsgen.model.dashboard.ConstantVariable;
import dev.obsgen.model.dashboard.CustomVariable;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.DashboardLink;
import dev.obsgen.model.dashboard.DatasourceRef;
import dev.obsgen.model.dashboard.DatasourceVariable;
import dev.obsgen.model.dashboard.IntervalVariable;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.QueryVariable;
import dev.obsgen.model.dashboard.Row;
import dev.obsgen.model.dashboard.TextboxVariable;
import dev.obsgen.model.dashboard.Variable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A dashboard as Grafana's classic JSON model for one target release. There is no {@code __inputs} section: file
 * provisioning and the Kubernetes sidecar never fill such placeholders in, so panels name their data source
 * through the {@code ${datasource}} variable instead.
 */
final class DashboardJson {
    private final GrafanaVersion version;
    private final PanelJson panels;

    DashboardJson(GrafanaVersion version) {
        this.version = version;
        this.panels = new PanelJson(version);
    }

    Map<String, Object> dashboard(Dashboard dashboard) {
        Map<String, Object> json = JsonObject.of()
                .put("annotations", JsonObject.of().put("list", annotations(dashboard)))
                .put("description", dashboard.description())
                .put("editable", dashboard.editable())
                .put("fiscalYearStartMonth", 0)
                .put("graphTooltip", dashboard.graphTooltip().code())
                .put("id", null)
                .put("links", JsonObject.list(dashboard.links(), DashboardJson::link))
                .put("panels", panelList(dashboard))
                .put("refresh", dashboard.refresh())
                .put("schemaVersion", version.schemaVersion())
                .put("tags", dashboard.tags())
                .put("templating", JsonObject.of().put("list", JsonObject.list(dashboard.variables(), DashboardJson::variable)))
                .put("time", JsonObject.of().put("from", dashboard.time().from()).put("to", dashboard.time().to()))
                .put("timezone", dashboard.timezone())
                .put("title", dashboard.title())
                .put("uid", dashboard.uid())
                .put("version", 1)
                .map();
        RawFieldMerge.merge(json, dashboard.raw(), "dashboard '" + dashboard.uid() + "'");
        return json;
    }

    /** Top-level panels, then each row followed by its panels when expanded, or holding them when collapsed. */
    private List<Object> panelList(Dashboard dashboard) {
        List<Object> out = new ArrayList<>();
        for (Panel panel : dashboard.panels()) {
            out.add(panels.panel(panel, dashboard.uid()));
        }
        for (Row row : dashboard.rows()) {
            List<Object> children = JsonObject.list(row.panels(), panel -> panels.panel(panel, dashboard.uid()));
            Map<String, Object> rowJson = JsonObject.of()
                    .put("collapsed", row.collapsed())
                    .put("gridPos", PanelJson.gridPos(row.gridPos()))
                    .put("id", row.id())
                    .put("panels", row.collapsed() ? children : List.of())
                    .put("title", row.title())
                    .put("type", "row")
                    .map();
            RawFieldMerge.merge(rowJson, row.raw(), "dashboard '" + dashboard.uid() + "' row '" + row.title() + "'");
            out.add(rowJson);
            if (!row.collapsed()) {
                out.addAll(children);
            }
        }
        return out;
    }

    private static List<Object> annotations(Dashboard dashboard) {
        List<Object> out = new ArrayList<>();
        out.add(JsonObject.of()
                .put("builtIn", 1)
                .put("datasource", JsonObject.of().put("type", "grafana").put("uid", "-- Grafana --"))
                .put("enable", true)
                .put("hide", true)
                .put("iconColor", "rgba(0, 211, 255, 1)")
                .put("name", "Annotations & Alerts")
                .put("type", "dashboard")
                .map());
        for (AnnotationQuery annotation : dashboard.annotations()) {
            out.add(JsonObject.of()
                    .put("datasource", datasource(annotation.datasource()))
                    .put("enable", annotation.enable())
                    .put("expr", annotation.expr())
                    .put("hide", false)
                    .put("iconColor", annotation.iconColor())
                    .put("name", annotation.name())
                    .putText("step", annotation.step())
                    .putText("tagKeys", annotation.tagKeys())
                    .putText("textFormat", annotation.textFormat())
                    .putText("titleFormat", annotation.titleFormat())
                    .map());
        }
        return out;
    }

    static Map<String, Object> datasource(DatasourceRef ref) {
        return JsonObject.of().put("type", ref.type()).put("uid", ref.uid()).map();
    }

    private static Object link(DashboardLink link) {
        return JsonObject.of()
                .put("asDropdown", link.asDropdown())
                .put("icon", link.icon())
                .put("includeVars", link.includeVars())
                .put("keepTime", link.keepTime())
                .put("tags", link.tags())
                .put("targetBlank", link.targetBlank())
                .put("title", link.title())
                .put("tooltip", link.tooltip())
                .put("type", link.type().id())
                .put("url", link.url() == null ? "" : link.url())
                .map();
    }

    private static Object variable(Variable variable) {
        JsonObject json = JsonObject.of()
                .put("hide", variable.hide().code())
                .put("name", variable.name())
                .putText("label", variable.label())
                .put("type", variable.type());
        if (variable instanceof DatasourceVariable ds) {
            json.put("includeAll", false).put("multi", false).put("options", List.of()).put("query", ds.pluginId())
                    .put("refresh", 1).put("regex", ds.regex());
        } else if (variable instanceof QueryVariable query) {
            json.put("datasource", datasource(query.datasource()))
                    .put("definition", query.query())
                    .put("includeAll", query.includeAll())
                    .putIfPresent("allValue", query.allValue())
                    .put("multi", query.multi())
                    .put("options", List.of())
                    .put("query", query.query())
                    .put("refresh", query.refresh().code())
                    .put("regex", query.regex())
                    .put("sort", query.sort().code());
        } else if (variable instanceof CustomVariable custom) {
            json.put("current", option(custom.values().get(0), true))
                    .put("includeAll", custom.includeAll())
                    .put("multi", custom.multi())
                    .put("options", options(custom.values()))
                    .put("query", String.join(",", custom.values()));
        } else if (variable instanceof IntervalVariable interval) {
            json.put("auto", false)
                    .put("current", option(interval.intervals().get(0), true))
                    .put("options", options(interval.intervals()))
                    .put("query", String.join(",", interval.intervals()))
                    .put("refresh", 2);
        } else if (variable instanceof ConstantVariable constant) {
            json.put("query", constant.value()).put("skipUrlSync", true);
        } else if (variable instanceof TextboxVariable textbox) {
            json.put("current", option(textbox.value(), false)).put("query", textbox.value());
        }
        return json.map();
    }

    private static List<Object> options(List<String> values) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            out.add(option(values.get(i), i == 0));
        }
        return out;
    }

    private static Map<String, Object> option(String value, boolean selected) {
        return JsonObject.of().put("selected", selected).put("text", value).put("value", value).map();
    }
}
