package dev.obsgen.it.teams;

import dev.obsgen.definitions.metaflow.MetaflowDashboards;
import dev.obsgen.definitions.metaflow.MetaflowMetrics;
import dev.obsgen.definitions.metaflow.MetaflowObservability;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.NotificationPolicy;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.alerting.SeverityRoute;
import dev.obsgen.model.alerting.Slack;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.DatasourceVariable;
import dev.obsgen.model.dashboard.GrafanaUnit;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PrometheusTarget;
import dev.obsgen.model.rule.AlertScenario;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.rule.Series;
import java.util.Map;

/**
 * The training team on the Metaflow platform: a dashboard of its one flow built mostly from the platform's flow
 * panels, one alert of its own on task retries of that flow, and a Slack channel that every one of its alerts
 * worth telling anyone about goes to.
 */
public final class TrainingTeam {
    public static final String NAME = "training";
    public static final String FLOW = "TrainingFlow";
    public static final String SLACK = "training-slack";
    public static final String SLACK_CHANNEL = "#training-alerts";
    public static final String QUIET = "training-quiet";
    public static final String ALERT_GROUP = "training-alerts";
    public static final String RETRIES_RISING = "TrainingRetriesRising";
    public static final String DASHBOARD = "training-flow";
    public static final String FOLDER = "Training";

    private static final String MATCHER = "flow_name=\"" + FLOW + "\"";
    private static final String SECRETS = "/etc/alertmanager/secrets/training/";

    private TrainingTeam() {
    }

    /** The team on the reference platform, as the team's own build declares it. */
    public static Observability model() {
        return on(MetaflowObservability.model().build());
    }

    public static Observability on(Observability platform) {
        return Observability.team(NAME).namespace("ml-training").folder(FOLDER).on(platform)
                .withRuleGroup(alerts())
                .withDashboard(dashboard())
                .notifications(NotificationPolicy.builder()
                        .groupBy("alertname", "flow_name")
                        .defaultReceiver(SLACK)
                        .withRoute(SeverityRoute.always(Severity.CRITICAL, SLACK))
                        .withRoute(SeverityRoute.always(Severity.WARNING, SLACK))
                        .withRoute(SeverityRoute.always(Severity.INFO, QUIET))
                        .withReceiver(Receiver.named(SLACK, Slack.channel(SLACK_CHANNEL, SECRETS + "slack-api-url")))
                        .withReceiver(Receiver.named(QUIET))
                        .build())
                .build();
    }

    private static RuleGroup alerts() {
        return RuleGroup.named(ALERT_GROUP)
                .withRule(Rule.alert(RETRIES_RISING)
                        .expr("sum by (flow_name) (increase(metaflow_retries_total{" + MATCHER + "}[30m])) > 3")
                        .forDuration("10m")
                        .severity(Severity.WARNING)
                        .summary("Tasks of the training flow are retried.")
                        .description("{{ $value | humanize }} tasks of flow {{ $labels.flow_name }} were retried in "
                                + "the last 30 minutes.")
                        .runbook("training-retries-rising")
                        .withScenario(AlertScenario.fires("a retry a minute").at("40m")
                                .withInput(retries("0+1x60"))
                                .withAlert(Map.of("flow_name", FLOW), Map.of("description",
                                        "30 tasks of flow TrainingFlow were retried in the last 30 minutes.")))
                        .withScenario(AlertScenario.calm("two retries in the last half hour").at("40m")
                                .withInput(retries("0x20 1 2x40"))))
                .build();
    }

    private static Dashboard dashboard() {
        return Dashboard.builder(DASHBOARD, "Training Flow")
                .description("TrainingFlow in detail: its runs, steps and retries.")
                .withTag(NAME)
                .withVariable(DatasourceVariable.prometheus())
                .withPanel(MetaflowDashboards.runHistory(MATCHER)
                        .description("Runs of TrainingFlow finished per $__rate_interval window, by status."))
                .withPanel(MetaflowDashboards.stepDurations(MATCHER))
                .withPanel(MetaflowDashboards.failureRateByStep(MATCHER))
                .withPanel(Panel.timeseries("Retries by Error Type")
                        .description("Task retries of TrainingFlow per $__rate_interval window, by the error that "
                                + "caused them.")
                        .metric(MetaflowMetrics.named("metaflow_retries_total"))
                        .unit(GrafanaUnit.SHORT)
                        .withTarget(PrometheusTarget.builder("sum by (error_type) (increase(metaflow_retries_total{"
                                + MATCHER + "}[$__rate_interval]))").legendFormat("{{error_type}}")))
                .build();
    }

    private static Series retries(String values) {
        return Series.of("metaflow_retries_total").label("job", "metaflow-workers").label("instance", "10.0.1.7:9100")
                .label("flow_name", FLOW).label("step_name", "train").label("error_type", "OutOfMemory")
                .values(values);
    }
}
