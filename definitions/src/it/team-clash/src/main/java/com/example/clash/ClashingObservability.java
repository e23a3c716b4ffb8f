package com.example.clash;

import dev.obsgen.definitions.metaflow.MetaflowObservability;
import dev.obsgen.model.Observability;
import dev.obsgen.model.ObservabilityDefinition;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.DatasourceVariable;
import dev.obsgen.model.dashboard.GrafanaUnit;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PrometheusTarget;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;

/**
 * A team that takes two of the platform's names: an alert named like the platform's MetadataServiceDown and a
 * dashboard with the uid of the platform's overview.
 */
public final class ClashingObservability implements ObservabilityDefinition {
    @Override
    public Observability define() {
        return Observability.team("clash").on(MetaflowObservability.model())
                .withRuleGroup(RuleGroup.named("clash-alerts")
                        .withRule(Rule.alert("MetadataServiceDown")
                                .expr("up{job=\"metaflow-metadata-service\"} == 0")
                                .forDuration("5m")
                                .severity(Severity.CRITICAL)
                                .summary("The metadata service is down.")
                                .description("{{ $labels.instance }} is down.")
                                .runbook("clash-metadata-down"))
                        .build())
                .withDashboard(Dashboard.builder("metaflow-overview", "Our Overview")
                        .description("The team's own overview.")
                        .withVariable(DatasourceVariable.prometheus())
                        .withPanel(Panel.timeseries("Runs")
                                .description("Runs finished per $__rate_interval window.")
                                .unit(GrafanaUnit.SHORT)
                                .withTarget(PrometheusTarget.builder(
                                        "sum(increase(metaflow_runs_total[$__rate_interval]))"))))
                .build();
    }
}
