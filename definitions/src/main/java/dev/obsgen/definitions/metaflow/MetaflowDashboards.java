package dev.obsgen.definitions.metaflow;

import dev.obsgen.model.dashboard.BarChartPanel;
import dev.obsgen.model.dashboard.CandlestickPanel;
import dev.obsgen.model.dashboard.CursorSync;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.DashboardLink;
import dev.obsgen.model.dashboard.DatasourceVariable;
import dev.obsgen.model.dashboard.FieldOverride;
import dev.obsgen.model.dashboard.GrafanaUnit;
import dev.obsgen.model.dashboard.GraphStyle;
import dev.obsgen.model.dashboard.HeatmapPanel;
import dev.obsgen.model.dashboard.Legend;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PanelBuilder;
import dev.obsgen.model.dashboard.PieChartPanel;
import dev.obsgen.model.dashboard.PrometheusTarget;
import dev.obsgen.model.dashboard.QueryVariable;
import dev.obsgen.model.dashboard.TablePanel;
import dev.obsgen.model.dashboard.ThresholdStep;
import dev.obsgen.model.dashboard.Thresholds;
import dev.obsgen.model.dashboard.TimeseriesPanel;
import dev.obsgen.model.dashboard.Transformation;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.RuleGroup;
import java.util.List;
import java.util.Map;

/**
 * The design's three dashboards with all seventeen panels. Where the design's query or visualisation is wrong,
 * the panel does it right and its description says what changed. Thresholds that mirror an alert are read from
 * the alert, so the dashboard and the alert cannot drift apart.
 */
public final class MetaflowDashboards {
    public static final String FOLDER = "Metaflow";
    public static final String TAG = "metaflow";

    private MetaflowDashboards() {
    }

    public static List<Dashboard> all() {
        return List.of(overview(), infrastructure(), flow());
    }

    public static Dashboard overview() {
        double failureRatioLimit = ThresholdStep.comparisonValue(alert(MetaflowAlerts.critical(), "HighRunFailureRate"));
        return base("metaflow-overview", "Metaflow Overview",
                "Runs, outcomes and throughput of every Metaflow flow.")
                .withPanel(Panel.stat("Active Runs")
                        .description("Runs executing now, across all flows and namespaces.")
                        .metric(metric("metaflow_runs_active"))
                        .span(6).height(6)
                        .withTarget(PrometheusTarget.builder("sum(metaflow_runs_active)").legendFormat("active runs")))
                .withPanel(Panel.gauge("Run Success Rate (24h)")
                        .description("Share of the runs that finished in the last 24 hours and completed. The design "
                                + "gauges the raw metaflow_runs_total counter, which only ever grows; this is the ratio "
                                + "of the counter's increase over 24h for completed runs to its increase for all runs. "
                                + "Red below " + (1 - failureRatioLimit) + ", the success ratio under which the "
                                + "HighRunFailureRate alert fires for a flow.")
                        .metric(metric("metaflow_runs_total"))
                        .unit(GrafanaUnit.PERCENT_UNIT).min(0).max(1).decimals(1)
                        .thresholds(Thresholds.absolute("red").step(1 - failureRatioLimit, "green"))
                        .span(6).height(6)
                        .withTarget(PrometheusTarget.builder("""
                                sum(increase(metaflow_runs_total{status="completed"}[24h]))
                                /
                                sum(increase(metaflow_runs_total[24h]))""").legendFormat("success rate").instant()))
                .withPanel(Panel.pieChart("Runs by Status")
                        .description("Runs that finished in the selected time range, by status. The design leaves the "
                                + "aggregation open; this sums the increase of metaflow_runs_total over the range by "
                                + "status, so each slice counts runs and not the counter's lifetime total.")
                        .metric(metric("metaflow_runs_total"))
                        .pieType(PieChartPanel.PieType.DONUT)
                        .withDisplayLabel(PieChartPanel.SliceValue.PERCENT)
                        .legend(new Legend(true, Legend.DisplayMode.TABLE, Legend.Placement.RIGHT, List.of()))
                        .withLegendValue(PieChartPanel.SliceValue.VALUE)
                        .withLegendValue(PieChartPanel.SliceValue.PERCENT)
                        .span(12).height(6)
                        .withTarget(PrometheusTarget.builder(
                                "sum by (status) (increase(metaflow_runs_total[$__range]))")
                                .legendFormat("{{status}}").instant()))
                .withPanel(Panel.timeseries("Run Duration (P50, P95, P99)")
                        .description("Duration of finished runs: median, 95th and 99th percentile, computed from the "
                                + "metaflow_run_duration_seconds histogram buckets.")
                        .metric(metric("metaflow_run_duration_seconds"))
                        .withTarget(quantile(0.5, "metaflow_run_duration_seconds", "", "p50"))
                        .withTarget(quantile(0.95, "metaflow_run_duration_seconds", "", "p95"))
                        .withTarget(quantile(0.99, "metaflow_run_duration_seconds", "", "p99")))
                .withPanel(Panel.timeseries("Steps/min")
                        .description("Steps executed per minute, by flow. The design's query takes a fixed 5m rate; "
                                + "this uses $__rate_interval so the window follows the zoom level and the scrape interval.")
                        .metric(metric("metaflow_steps_total"))
                        .unit(GrafanaUnit.OPS_PER_MINUTE)
                        .withTarget(PrometheusTarget.builder(
                                "sum by (flow_name) (rate(metaflow_steps_total[$__rate_interval])) * 60")
                                .legendFormat("{{flow_name}}")))
                .withPanel(Panel.table("Top Flows by Runs")
                        .description("The ten flows with the most finished runs in the selected time range. The design "
                                + "ranks the raw counter with topk(10, metaflow_runs_total), which ranks single series "
                                + "by their lifetime totals; this ranks the increase over the range, summed by flow.")
                        .metric(metric("metaflow_runs_total"))
                        .unit(GrafanaUnit.SHORT)
                        .withSortBy(new TablePanel.SortBy("Runs", true))
                        .span(24).height(8)
                        .withTarget(PrometheusTarget.builder(
                                "topk(10, sum by (flow_name) (increase(metaflow_runs_total[$__range])))")
                                .legendFormat("{{flow_name}}").format(PrometheusTarget.Format.TABLE).instant())
                        .withTransformation(Transformation.organize(Map.of("Time", true),
                                Map.of("flow_name", "Flow", "Value", "Runs"))))
                .build();
    }

    public static Dashboard infrastructure() {
        AlertRule backlog = alert(MetaflowAlerts.critical(), "BatchQueueBacklog");
        AlertRule connections = alert(MetaflowAlerts.capacity(), "PostgresConnectionsNearLimit");
        return base("metaflow-infrastructure", "Metaflow Infrastructure",
                "The services and resources Metaflow runs on: metadata service, datastore, AWS Batch and PostgreSQL.")
                .withPanel(Panel.heatmap("Metadata API Latency")
                        .description("Distribution of metadata API request latency over time, from the "
                                + "metadata_latency_seconds histogram buckets (Grafana does not recompute buckets).")
                        .metric(metric("metadata_latency_seconds"))
                        .withTarget(PrometheusTarget.builder(
                                "sum by (le) (rate(metadata_latency_seconds_bucket[$__rate_interval]))")
                                .legendFormat("{{le}}").format(PrometheusTarget.Format.HEATMAP)))
                .withPanel(Panel.timeseries("Metadata Error Rate")
                        .description("Share of metadata API requests that failed. The design graphs "
                                + "metadata_errors_total alone; a count of errors means little without the number of "
                                + "requests, so this divides the error rate by the request rate.")
                        .metric(metric("metadata_errors_total"))
                        .unit(GrafanaUnit.PERCENT_UNIT).min(0)
                        .withTarget(PrometheusTarget.builder("""
                                sum(rate(metadata_errors_total[$__rate_interval]))
                                /
                                sum(rate(metadata_requests_total[$__rate_interval]))""").legendFormat("error ratio")))
                .withPanel(Panel.timeseries("S3 Request Rate")
                        .description("Requests to the S3 datastore per second, by operation.")
                        .metric(metric("s3_requests_total"))
                        .unit(GrafanaUnit.REQUESTS_PER_SECOND)
                        .withTarget(PrometheusTarget.builder(
                                "sum by (operation) (rate(s3_requests_total[$__rate_interval]))")
                                .legendFormat("{{operation}}")))
                .withPanel(Panel.timeseries("Batch Running Jobs")
                        .description("AWS Batch jobs in the RUNNING state, by job queue.")
                        .metric(metric("batch_running_jobs"))
                        .withTarget(PrometheusTarget.builder("sum by (job_queue) (batch_running_jobs)")
                                .legendFormat("{{job_queue}}")))
                .withPanel(Panel.timeseries("Batch Pending Jobs")
                        .description("AWS Batch jobs waiting to run, by job queue. The dashed line is the threshold of "
                                + "the BatchQueueBacklog alert, read from the alert itself.")
                        .metric(metric("batch_pending_jobs"))
                        .thresholds(Thresholds.absolute("green").withStep(ThresholdStep.fromAlert(backlog, "red")))
                        .style(GraphStyle.lines().thresholdsStyle(GraphStyle.ThresholdsStyle.DASHED))
                        .withTarget(PrometheusTarget.builder("max by (job_queue) (batch_pending_jobs)")
                                .legendFormat("{{job_queue}}")))
                .withPanel(Panel.gauge("PostgreSQL Connections")
                        .description("Open connections of the metadata database as a share of max_connections. The "
                                + "design gauges postgres_active_connections alone, which has no maximum to gauge "
                                + "against; the red zone starts where the PostgresConnectionsNearLimit alert fires.")
                        .metric(metric("postgres_active_connections"))
                        .unit(GrafanaUnit.PERCENT_UNIT).min(0).max(1).decimals(0)
                        .span(12).height(8)
                        .thresholds(Thresholds.absolute("green").withStep(ThresholdStep.fromAlert(connections, "red")))
                        .withTarget(PrometheusTarget.builder(
                                "max(postgres_active_connections / postgres_max_connections)")
                                .legendFormat("connections used").instant()))
                .build();
    }

    public static Dashboard flow() {
        Dashboard.Builder dashboard = base("metaflow-flow", "Metaflow Flow",
                "One flow in detail: its runs, steps, artifacts and resource use. Pick the flow at the top.")
                .withVariable(QueryVariable.builder("flow", "label_values(metaflow_runs_total, flow_name)")
                        .label("Flow")
                        .refresh(QueryVariable.Refresh.ON_TIME_RANGE_CHANGE));
        flowPanels("flow_name=~\"$flow\"").forEach(dashboard::withPanel);
        return dashboard.build();
    }

    /**
     * The panels of the flow dashboard, for the flows {@code flow} selects: a label matcher on {@code flow_name},
     * such as {@code flow_name="TrainingFlow"} for a team's own flow or {@code flow_name=~"$flow"} for a variable.
     * Each panel has its own method too, returning a builder, so a team can pick panels and adjust their title,
     * description or size before adding them.
     */
    public static List<PanelBuilder<?, ?>> flowPanels(String flow) {
        return List.of(runHistory(flow), stepDurations(flow), failureRateByStep(flow), artifactSizes(flow),
                resourceUsage(flow));
    }

    /** Its description speaks of the flow variable: a dashboard for one fixed flow replaces it. */
    public static TimeseriesPanel.Builder runHistory(String flow) {
        return Panel.timeseries("Run History")
                .description("Runs of the selected flow finished per $__rate_interval window, by status. The "
                        + "design filters on a literal flow_name=\"X\"; the flow is a variable here.")
                .metric(metric("metaflow_runs_total"))
                .style(GraphStyle.lines().drawStyle(GraphStyle.DrawStyle.BARS).fillOpacity(80)
                        .stacking(GraphStyle.Stacking.NORMAL))
                .withTarget(PrometheusTarget.builder(
                        "sum by (status) (increase(metaflow_runs_total{" + flow + "}[$__rate_interval]))")
                        .legendFormat("{{status}}"));
    }

    public static CandlestickPanel.Builder stepDurations(String flow) {
        return Panel.candlestick("Step Durations")
                .description("The design asks for a boxplot, which Grafana does not have. This candlestick "
                        + "draws one box per time step from the metaflow_step_duration_seconds histogram: the "
                        + "box spans the 25th to the 75th percentile, the whiskers the 5th and the 95th, and the "
                        + "line is the median. Up and down share one colour because the box shows a spread, "
                        + "not a price move. Percentiles are interpolated within histogram buckets.")
                .metric(metric("metaflow_step_duration_seconds"))
                .fields(new CandlestickPanel.Fields("p25", "p95", "p05", "p75"))
                .colors(new CandlestickPanel.Colors("blue", "blue", "blue"))
                .includeAllFields(true)
                .withTarget(quantile(0.05, "metaflow_step_duration_seconds", flow, "p05"))
                .withTarget(quantile(0.25, "metaflow_step_duration_seconds", flow, "p25"))
                .withTarget(quantile(0.5, "metaflow_step_duration_seconds", flow, "p50"))
                .withTarget(quantile(0.75, "metaflow_step_duration_seconds", flow, "p75"))
                .withTarget(quantile(0.95, "metaflow_step_duration_seconds", flow, "p95"))
                .withTransformation(new Transformation("joinByField", Map.of("byField", "Time", "mode", "outer")));
    }

    public static BarChartPanel.Builder failureRateByStep(String flow) {
        return Panel.barChart("Failure Rate by Step")
                .description("Share of each step's executions in the selected time range that failed. The "
                        + "design charts the raw failed-steps counter; this divides the increase of failed steps "
                        + "by the increase of all steps, per step.")
                .metric(metric("metaflow_steps_total"))
                .unit(GrafanaUnit.PERCENT_UNIT).min(0).max(1)
                .xField("step_name")
                .withTarget(PrometheusTarget.builder("sum by (step_name) (increase(metaflow_steps_total{" + flow
                        + ", status=\"failed\"}[$__range]))\n/\nsum by (step_name) (increase(metaflow_steps_total{"
                        + flow + "}[$__range]))")
                        .legendFormat("{{step_name}}").format(PrometheusTarget.Format.TABLE).instant())
                .withTransformation(Transformation.organize(Map.of("Time", true), Map.of("Value", "failure rate")));
    }

    public static HeatmapPanel.Builder artifactSizes(String flow) {
        return Panel.heatmap("Artifact Sizes")
                .description("Distribution of the sizes of artifacts the flow created, over time. The design "
                        + "asks for Grafana's histogram panel, which buckets raw values itself and cannot read "
                        + "the pre-computed buckets of the metaflow_artifact_size_bytes histogram; a heatmap of "
                        + "those buckets shows the same distribution, and how it changes.")
                .metric(metric("metaflow_artifact_size_bytes"))
                .withTarget(PrometheusTarget.builder("sum by (le) (rate(metaflow_artifact_size_bytes_bucket{"
                        + flow + "}[$__rate_interval]))")
                        .legendFormat("{{le}}").format(PrometheusTarget.Format.HEATMAP));
    }

    public static TimeseriesPanel.Builder resourceUsage(String flow) {
        return Panel.timeseries("Resource Usage")
                .description("CPU (in cores, left axis) and resident memory (right axis) of the flow's tasks, "
                        + "per step, from metaflow_task_cpu_seconds_total and metaflow_task_memory_bytes.")
                .metric(metric("metaflow_task_cpu_seconds_total"))
                .unit(GrafanaUnit.SHORT)
                .span(24)
                .withTarget(PrometheusTarget.builder("sum by (step_name) (rate(metaflow_task_cpu_seconds_total{"
                        + flow + "}[$__rate_interval]))").legendFormat("{{step_name}} CPU"))
                .withTarget(PrometheusTarget.builder("sum by (step_name) (metaflow_task_memory_bytes{" + flow + "})")
                        .legendFormat("{{step_name}} memory"))
                .withOverride(FieldOverride.byQuery("B",
                        FieldOverride.Property.unit(GrafanaUnit.of(metric("metaflow_task_memory_bytes").unit())),
                        FieldOverride.Property.custom("axisPlacement", "right")));
    }

    private static Dashboard.Builder base(String uid, String title, String description) {
        return Dashboard.builder(uid, title)
                .description(description)
                .withTag(TAG)
                .folder(FOLDER)
                .time("now-24h", "now")
                .refresh("1m")
                .tooltip(CursorSync.CROSSHAIR)
                .withLink(DashboardLink.dashboards("Metaflow dashboards", TAG))
                .withVariable(DatasourceVariable.prometheus());
    }

    private static PrometheusTarget.Builder quantile(double q, String histogram, String matchers, String legend) {
        String selector = histogram + "_bucket" + (matchers.isEmpty() ? "" : "{" + matchers + "}");
        return PrometheusTarget.builder("histogram_quantile(" + q + ", sum by (le) (rate(" + selector
                + "[$__rate_interval])))").legendFormat(legend);
    }

    private static Metric metric(String name) {
        return MetaflowMetrics.named(name);
    }

    private static AlertRule alert(RuleGroup group, String name) {
        return group.alerts().stream()
                .filter(a -> a.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no alert " + name + " in " + group.name()));
    }
}
