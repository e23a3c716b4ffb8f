package com.example.training;

import dev.obsgen.definitions.metaflow.MetaflowDashboards;
import dev.obsgen.definitions.metaflow.MetaflowMetrics;
import dev.obsgen.definitions.metaflow.MetaflowObservability;
import dev.obsgen.model.Observability;
import dev.obsgen.model.ObservabilityDefinition;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.DatasourceVariable;
import dev.obsgen.model.dashboard.GrafanaUnit;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PrometheusTarget;

/**
 * The training team's model: a dashboard for its one flow, on the Metaflow platform, whose panels it reuses and
 * whose metrics it is checked against. Its build writes the team's files only.
 */
public final class TrainingFlowObservability implements ObservabilityDefinition {
    private static final String FLOW = "flow_name=\"TrainingFlow\"";

    @Override
    public Observability define() {
        Dashboard trainingFlow = Dashboard.builder("training-flow", "Training Flow")
                .description("TrainingFlow in detail: its runs, steps, checkpoints and retries.")
                .withTag("training")
                .withVariable(DatasourceVariable.prometheus())
                .withPanel(MetaflowDashboards.runHistory(FLOW)
                        .description("Runs of TrainingFlow finished per $__rate_interval window, by status."))
                .withPanel(MetaflowDashboards.stepDurations(FLOW))
                .withPanel(MetaflowDashboards.failureRateByStep(FLOW))
                .withPanel(Panel.barChart("Checkpoints per Step")
                        .description("Checkpoints TrainingFlow saved in the selected time range, per step.")
                        .metric(MetaflowMetrics.named("metaflow_checkpoints_total"))
                        .unit(GrafanaUnit.SHORT)
                        .xField("step_name")
                        .withTarget(PrometheusTarget.builder(
                                "sum by (step_name) (increase(metaflow_checkpoints_total{" + FLOW + "}[$__range]))")
                                .legendFormat("{{step_name}}").format(PrometheusTarget.Format.TABLE).instant()))
                .withPanel(Panel.timeseries("Retries by Error Type")
                        .description("Task retries of TrainingFlow per $__rate_interval window, by the error "
                                + "that caused them.")
                        .metric(MetaflowMetrics.named("metaflow_retries_total"))
                        .unit(GrafanaUnit.SHORT)
                        .withTarget(PrometheusTarget.builder(
                                "sum by (error_type) (increase(metaflow_retries_total{" + FLOW + "}[$__rate_interval]))")
                                .legendFormat("{{error_type}}")))
                .build();
        return Observability.team("training").folder("Training").on(MetaflowObservability.model())
                .withDashboard(trainingFlow)
                .build();
    }
}
