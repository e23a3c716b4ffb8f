package com.example.training;

import dev.obsgen.definitions.metaflow.MetaflowObservability;
import dev.obsgen.model.Observability;
import dev.obsgen.model.ObservabilityDefinition;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.DatasourceVariable;
import dev.obsgen.model.dashboard.GrafanaUnit;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PrometheusTarget;

/** A team whose panel queries metaflow_checkpoint_total: the declared metric is metaflow_checkpoints_total. */
public final class BrokenTrainingFlowObservability implements ObservabilityDefinition {
    @Override
    public Observability define() {
        Dashboard trainingFlow = Dashboard.builder("training-flow", "Training Flow")
                .description("TrainingFlow's checkpoints.")
                .withVariable(DatasourceVariable.prometheus())
                .withPanel(Panel.timeseries("Checkpoints per Step")
                        .description("Checkpoints TrainingFlow saved per $__rate_interval window, per step.")
                        .unit(GrafanaUnit.SHORT)
                        .withTarget(PrometheusTarget.builder("sum by (step_name) (increase(metaflow_checkpoint_total"
                                + "{flow_name=\"TrainingFlow\"}[$__rate_interval]))").legendFormat("{{step_name}}")))
                .build();
        return Observability.team("training").folder("Training").on(MetaflowObservability.model())
                .withDashboard(trainingFlow)
                .build();
    }
}
