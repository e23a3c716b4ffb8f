package com.example.serving;

import dev.obsgen.definitions.metaflow.MetaflowObservability;
import dev.obsgen.model.Observability;
import dev.obsgen.model.ObservabilityDefinition;
import dev.obsgen.model.alerting.Inhibition;
import dev.obsgen.model.alerting.Matcher;
import dev.obsgen.model.alerting.NotificationPolicy;
import dev.obsgen.model.alerting.PagerDuty;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.alerting.SeverityRoute;
import dev.obsgen.model.alerting.Slack;
import dev.obsgen.model.alerting.TimeInterval;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.DatasourceVariable;
import dev.obsgen.model.dashboard.GrafanaUnit;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PrometheusTarget;
import dev.obsgen.model.rule.AlertScenario;
import dev.obsgen.model.rule.RecordingExample;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.rule.Series;
import java.util.List;
import java.util.Map;

/**
 * The serving team's model: its own recording rule over a series the platform records, its own alerts and its own
 * routing (a pager for critical, Slack in its working hours for warnings), on the Metaflow platform.
 */
public final class ServingObservability implements ObservabilityDefinition {
    private static final String SECRETS = "/etc/alertmanager/secrets/";
    private static final String WORST_STEP_FAILURES = "flow_name:metaflow_steps_failed:ratio_rate5m_max30m";

    @Override
    public Observability define() {
        return Observability.team("serving").namespace("ml-serving").folder("Serving")
                .on(MetaflowObservability.model())
                .withRuleGroup(RuleGroup.named("serving-flows").interval("1m")
                        .withRule(Rule.record(WORST_STEP_FAILURES)
                                .help("The worst share of failed steps of ScoringFlow over the last 30 minutes.")
                                .expr("max_over_time(flow_name:metaflow_steps_failed:ratio_rate5m"
                                        + "{flow_name=\"ScoringFlow\"}[30m])")
                                .withExample(RecordingExample.named("one step in four fails").at("20m")
                                        .withInput(steps("completed", "0+3x30"))
                                        .withInput(steps("failed", "0+1x30"))
                                        .withSample(0.25, "flow_name", "ScoringFlow")))
                        .withRule(Rule.alert("ServingScoringStepsFailing")
                                .expr(WORST_STEP_FAILURES + "{flow_name=\"ScoringFlow\"} > 0.2")
                                .forDuration("10m")
                                .severity(Severity.WARNING)
                                .summary("ScoringFlow steps fail.")
                                .description("Up to {{ $value | humanizePercentage }} of the steps of "
                                        + "{{ $labels.flow_name }} failed in the last 30 minutes.")
                                .runbook("serving-scoring-steps-failing")
                                .withScenario(AlertScenario.fires("one step in four fails").at("30m")
                                        .withInput(steps("completed", "0+3x40"))
                                        .withInput(steps("failed", "0+1x40"))
                                        .withAlert(Map.of("flow_name", "ScoringFlow"), Map.of("description",
                                                "Up to 25% of the steps of ScoringFlow failed in the last 30 minutes.")))
                                .withScenario(AlertScenario.calm("one step in twenty fails").at("30m")
                                        .withInput(steps("completed", "0+19x40"))
                                        .withInput(steps("failed", "0+1x40"))))
                        .withRule(Rule.alert("ServingScoringRunsFailing")
                                .expr("sum by (flow_name) (increase(metaflow_runs_total{flow_name=\"ScoringFlow\", "
                                        + "status=\"failed\"}[30m])) > 3")
                                .forDuration("5m")
                                .severity(Severity.CRITICAL)
                                .summary("ScoringFlow runs fail.")
                                .description("{{ $value | humanize }} runs of {{ $labels.flow_name }} failed in 30 minutes.")
                                .runbook("serving-scoring-runs-failing")
                                .withScenario(AlertScenario.fires("a failed run every minute").at("30m")
                                        .withInput(runs("failed", "0+1x40"))
                                        .withAlert(Map.of("flow_name", "ScoringFlow"),
                                                Map.of("description", "30 runs of ScoringFlow failed in 30 minutes.")))
                                .withScenario(AlertScenario.calm("one failed run").at("30m")
                                        .withInput(runs("failed", "0x10 1x30"))))
                        .build())
                .notifications(NotificationPolicy.builder()
                        .groupBy("alertname", "flow_name")
                        .defaultReceiver("serving-slack")
                        .withRoute(SeverityRoute.always(Severity.CRITICAL, "serving-pager"))
                        .withRoute(SeverityRoute.during(Severity.WARNING, "serving-slack", "serving-hours"))
                        .withRoute(SeverityRoute.always(Severity.INFO, "serving-slack"))
                        .withReceiver(Receiver.named("serving-pager",
                                PagerDuty.routingKeyFile(SECRETS + "serving-pagerduty-routing-key")))
                        .withReceiver(Receiver.named("serving-slack",
                                Slack.channel("#serving-alerts", SECRETS + "serving-slack-api-url")))
                        .withInhibition(new Inhibition(
                                List.of(Matcher.eq("alertname", "ServingScoringRunsFailing")),
                                List.of(Matcher.eq("alertname", "ServingScoringStepsFailing")),
                                List.of("flow_name")))
                        .withTimeInterval(TimeInterval.weekdays("serving-hours", "monday:friday", "08:00", "18:00",
                                "UTC"))
                        .build())
                .withDashboard(Dashboard.builder("serving-scoring", "Serving: ScoringFlow")
                        .description("How ScoringFlow's steps fail, from the serving team's recorded series.")
                        .withVariable(DatasourceVariable.prometheus())
                        .withPanel(Panel.timeseries("Worst Step Failure Share")
                                .description("The worst share of failed steps of ScoringFlow over 30 minutes.")
                                .unit(GrafanaUnit.PERCENT_UNIT)
                                .withTarget(PrometheusTarget.builder(WORST_STEP_FAILURES).legendFormat("{{flow_name}}"))))
                .build();
    }

    private static Series steps(String status, String values) {
        return Series.of("metaflow_steps_total").label("job", "metaflow-workers").label("instance", "10.0.1.7:9100")
                .label("flow_name", "ScoringFlow").label("step_name", "score").label("status", status).values(values);
    }

    private static Series runs(String status, String values) {
        return Series.of("metaflow_runs_total").label("job", "metaflow-metadata-service").label("instance", "10.0.0.1:8080")
                .label("flow_name", "ScoringFlow").label("namespace", "production").label("status", status)
                .values(values);
    }
}
