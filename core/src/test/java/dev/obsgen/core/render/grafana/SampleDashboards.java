package dev.obsgen.core.render.grafana;

import dev.obsgen.core.SampleModel;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.AnnotationQuery;
import dev.obsgen.model.dashboard.BarGaugePanel;
import dev.obsgen.model.dashboard.CandlestickPanel;
import dev.obsgen.model.dashboard.ConstantVariable;
import dev.obsgen.model.dashboard.CustomVariable;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.DashboardLink;
import dev.obsgen.model.dashboard.DataLink;
import dev.obsgen.model.dashboard.DatasourceVariable;
import dev.obsgen.model.dashboard.FieldOverride;
import dev.obsgen.model.dashboard.GrafanaUnit;
import dev.obsgen.model.dashboard.GraphStyle;
import dev.obsgen.model.dashboard.GridPos;
import dev.obsgen.model.dashboard.IntervalVariable;
import dev.obsgen.model.dashboard.MappingResult;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PieChartPanel;
import dev.obsgen.model.dashboard.PrometheusTarget;
import dev.obsgen.model.dashboard.QueryVariable;
import dev.obsgen.model.dashboard.Row;
import dev.obsgen.model.dashboard.StatPanel;
import dev.obsgen.model.dashboard.TablePanel;
import dev.obsgen.model.dashboard.ThresholdStep;
import dev.obsgen.model.dashboard.Thresholds;
import dev.obsgen.model.dashboard.Transformation;
import dev.obsgen.model.dashboard.ValueMapping;
import dev.obsgen.model.dashboard.VariableHide;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.rule.AlertRule;
import java.util.List;
import java.util.Map;

/**
 * The sample model with a dashboard that uses every panel kind, every variable kind, expanded and collapsed rows,
 * an explicit position, overrides, mappings, links and an annotation: what the Grafana renderers and the schema
 * validation are tested on.
 */
public final class SampleDashboards {
    private SampleDashboards() {
    }

    public static Observability model() {
        Observability base = SampleModel.model();
        return SampleModel.builder().withDashboard(shop(base)).build();
    }

    public static Dashboard shop(Observability base) {
        Metric requests = base.metric("http_requests_total").orElseThrow();
        Metric latency = base.metric("http_request_duration_seconds").orElseThrow();
        Metric queue = base.metric("queue_depth").orElseThrow();
        AlertRule backlog = base.alerts().stream().filter(a -> a.name().equals("QueueBacklog")).findFirst().orElseThrow();
        String rate = "sum by (code) (rate(http_requests_total{path=~\"$path\"}[$__rate_interval]))";
        return Dashboard.builder("shop-overview", "Shop: \"overview\" #1")
                .description(SampleModel.AWKWARD)
                .tags(List.of("shop", "sample"))
                .folder("Shop")
                .time("now-6h", "now")
                .refresh("30s")
                .timezone("utc")
                .withLink(DashboardLink.dashboards("Shop dashboards", "shop"))
                .withLink(DashboardLink.url("Runbooks", "https://runbooks.example.com/shop"))
                .withVariable(DatasourceVariable.prometheus())
                .withVariable(QueryVariable.builder("path", "label_values(http_requests_total, path)")
                        .label("Path").multi(true).includeAll(true, ".*"))
                .withVariable(new CustomVariable("code", "Status code", List.of("200", "500"), false, false, VariableHide.SHOW))
                .withVariable(new IntervalVariable("window", "Window", List.of("5m", "1h"), VariableHide.SHOW))
                .withVariable(new ConstantVariable("job", "api"))
                .withAnnotation(AnnotationQuery.prometheus("Firing alerts", "ALERTS{alertstate=\"firing\"}", "red"))
                .withPanel(Panel.stat("Requests per second")
                        .description("All requests served per second.")
                        .unit(GrafanaUnit.REQUESTS_PER_SECOND)
                        .graphMode(StatPanel.GraphMode.AREA)
                        .withTarget(PrometheusTarget.builder("sum(rate(http_requests_total[$__rate_interval]))")))
                .withPanel(Panel.gauge("Queue depth")
                        .description("Items waiting; red from the QueueBacklog alert's threshold.")
                        .metric(queue)
                        .min(0).max(200)
                        .thresholds(Thresholds.absolute("green").withStep(ThresholdStep.fromAlert(backlog, "red")))
                        .withTarget(PrometheusTarget.builder("max(queue_depth)").instant()))
                .withPanel(Panel.barGauge("Queue depth by queue")
                        .description("Items waiting in each queue.")
                        .metric(queue)
                        .displayMode(BarGaugePanel.DisplayMode.LCD)
                        .withTarget(PrometheusTarget.builder("max by (queue) (queue_depth)").legendFormat("{{queue}}").instant()))
                .withPanel(Panel.pieChart("Requests by code")
                        .description("Requests in the range, by status code.")
                        .metric(requests)
                        .pieType(PieChartPanel.PieType.DONUT)
                        .withDisplayLabel(PieChartPanel.SliceValue.PERCENT)
                        .withLegendValue(PieChartPanel.SliceValue.VALUE)
                        .withTarget(PrometheusTarget.builder("sum by (code) (increase(http_requests_total[$__range]))")
                                .legendFormat("{{code}}").instant()))
                .withPanel(Panel.text("About")
                        .description("How to read this dashboard.")
                        .content("# Shop\nSee the *runbooks* link: \"quotes\" & <tags>.")
                        .gridPos(new GridPos(3, 24, 0, 6)))
                .withRow(Row.builder("Traffic"))
                .withPanel(Panel.timeseries("Request rate")
                        .description("Requests per second by status code.")
                        .unit(GrafanaUnit.REQUESTS_PER_SECOND)
                        .withLink(new DataLink("Runbook", "https://runbooks.example.com/shop/${__field.labels.code}", true))
                        .withMapping(ValueMapping.special(ValueMapping.Special.NULL, new MappingResult("no traffic", "gray")))
                        .withTarget(PrometheusTarget.builder(rate).legendFormat("{{code}}"))
                        .withTarget(PrometheusTarget.builder("job:http_requests:rate5m").legendFormat("recorded"))
                        .withOverride(FieldOverride.byQuery("B", FieldOverride.Property.custom("hideFrom",
                                Map.of("legend", false, "tooltip", false, "viz", true)))))
                .withPanel(Panel.heatmap("Latency")
                        .description("Request latency distribution.")
                        .metric(latency)
                        .withTarget(PrometheusTarget.builder(
                                "sum by (le) (rate(http_request_duration_seconds_bucket[$__rate_interval]))")
                                .legendFormat("{{le}}").format(PrometheusTarget.Format.HEATMAP)))
                .withPanel(Panel.table("Top paths")
                        .description("The paths with the most requests in the range.")
                        .unit(GrafanaUnit.SHORT)
                        .withSortBy(new TablePanel.SortBy("Requests", true))
                        .withMapping(ValueMapping.value("/", new MappingResult("root", null)))
                        .withMapping(ValueMapping.range(0.0, 10.0, new MappingResult("few", "blue")))
                        .withTarget(PrometheusTarget.builder("topk(5, sum by (path) (increase(http_requests_total[$__range])))")
                                .format(PrometheusTarget.Format.TABLE).instant())
                        .withTransformation(Transformation.organize(Map.of("Time", true), Map.of("Value", "Requests"))))
                .withPanel(Panel.barChart("Requests by path")
                        .description("Requests in the range per path.")
                        .unit(GrafanaUnit.SHORT)
                        .xField("path")
                        .withTarget(PrometheusTarget.builder("sum by (path) (increase(http_requests_total[$__range]))")
                                .format(PrometheusTarget.Format.TABLE).instant()))
                .withRow(Row.builder("Details").collapsed(true))
                .withPanel(Panel.histogram("Queue depth distribution")
                        .description("How often each queue depth occurred in the range.")
                        .metric(queue)
                        .bucketCount(20)
                        .withTarget(PrometheusTarget.builder("queue_depth")))
                .withPanel(Panel.candlestick("Latency spread")
                        .description("Box from p25 to p75, whiskers p05 and p95.")
                        .metric(latency)
                        .fields(new CandlestickPanel.Fields("p25", "p95", "p05", "p75"))
                        .colors(new CandlestickPanel.Colors("blue", "blue", "blue"))
                        .style(GraphStyle.lines().fillOpacity(30))
                        .withTarget(quantile(0.05, "p05"))
                        .withTarget(quantile(0.25, "p25"))
                        .withTarget(quantile(0.75, "p75"))
                        .withTarget(quantile(0.95, "p95"))
                        .withTransformation(Transformation.merge()))
                .build();
    }

    private static PrometheusTarget.Builder quantile(double q, String legend) {
        return PrometheusTarget.builder("histogram_quantile(" + q
                + ", sum by (le) (rate(http_request_duration_seconds_bucket[$__rate_interval])))").legendFormat(legend);
    }
}
