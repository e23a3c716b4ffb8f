package dev.obsgen.core.render.grafana.v2;

import dev.obsgen.core.render.grafana.SampleDashboards;
import dev.obsgen.model.dashboard.AnnotationQuery;
import dev.obsgen.model.dashboard.ConstantVariable;
import dev.obsgen.model.dashboard.CustomVariable;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.DashboardLink;
import dev.obsgen.model.dashboard.DatasourceVariable;
import dev.obsgen.model.dashboard.GrafanaUnit;
import dev.obsgen.model.dashboard.IntervalVariable;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PrometheusTarget;
import dev.obsgen.model.dashboard.QueryVariable;
import dev.obsgen.model.dashboard.Row;
import dev.obsgen.model.dashboard.TextboxVariable;
import dev.obsgen.model.dashboard.VariableHide;
import java.util.List;
import java.util.Map;

/**
 * What the sample dashboard leaves out and v2 has a place for: a text box variable, hidden variables and labels,
 * a hidden query, raw fields on the dashboard (live now, week start, the time picker), on panels (transparency,
 * query options, repeats, panel links, field and panel options) and on a row (its repeat), and rows both open and
 * collapsed with panels above them.
 */
final class KitchenSinkDashboard {
    private KitchenSinkDashboard() {
    }

    static List<Dashboard> all() {
        return List.of(SampleDashboards.shop(SampleDashboards.model()), kitchenSink());
    }

    static Dashboard kitchenSink() {
        return Dashboard.builder("kitchen-sink", "Every v2 form")
                .description("")
                .tags(List.of("v2"))
                .time("now-1h", "now")
                .refresh("1m")
                .withLink(DashboardLink.url("Docs", "https://docs.example.com"))
                .withVariable(DatasourceVariable.prometheus())
                .withVariable(QueryVariable.builder("path", "label_values(http_requests_total, path)")
                        .label("Path").hide(VariableHide.HIDE_LABEL).refresh(QueryVariable.Refresh.ON_TIME_RANGE_CHANGE)
                        .sort(QueryVariable.Sort.NATURAL_DESC))
                .withVariable(new CustomVariable("code", "Code", List.of("200", "404", "500"), true, true, VariableHide.HIDE))
                .withVariable(new IntervalVariable("window", "", List.of("1m", "5m"), VariableHide.SHOW))
                .withVariable(new ConstantVariable("job", "api"))
                .withVariable(new TextboxVariable("filter", "Filter", ".*", VariableHide.SHOW))
                .withAnnotation(AnnotationQuery.prometheus("Deploys", "changes(build_info[5m]) > 0", "blue"))
                .rawField("liveNow", true)
                .rawField("weekStart", "monday")
                .rawField("timepicker", Map.of("hidden", true, "refresh_intervals", List.of("1m", "5m"), "nowDelay", "1m"))
                .withPanel(Panel.stat("Above the rows")
                        .unit(GrafanaUnit.PERCENT)
                        .rawField("transparent", true)
                        .rawField("maxDataPoints", 100)
                        .rawField("interval", "1m")
                        .rawField("timeFrom", "2h")
                        .rawField("links", List.of(Map.of("title", "Docs", "url", "https://docs.example.com", "targetBlank", true)))
                        .rawFieldConfig(Map.of("displayName", "Share", "fieldMinMax", true))
                        .rawField("options.reduceOptions.limit", 3)
                        .withTarget(PrometheusTarget.builder("sum(up)"))
                        .withTarget(PrometheusTarget.builder("count(up)").hide(true)))
                .withRow(Row.builder("Open").rawField("repeat", "path"))
                .withPanel(Panel.timeseries("Repeated per path")
                        .rawField("repeat", "path")
                        .rawField("repeatDirection", "h")
                        .rawField("maxPerRow", 4)
                        .withTarget(PrometheusTarget.builder("sum by (path) (rate(http_requests_total{path=~\"$path\"}[$__rate_interval]))")))
                .withRow(Row.builder("Closed").collapsed(true))
                .withPanel(Panel.text("Notes").content("Closed until opened."))
                .withPanel(Panel.gauge("Closed gauge").withTarget(PrometheusTarget.builder("max(queue_depth)").instant()))
                .build();
    }
}
