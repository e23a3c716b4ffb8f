#set( $Team = "" )
#foreach( $word in $team.split('-') )
#set( $Team = "${Team}${word.substring(0, 1).toUpperCase()}${word.substring(1)}" )
#end
package ${package};

import dev.obsgen.definitions.metaflow.MetaflowDashboards;
import dev.obsgen.definitions.metaflow.MetaflowObservability;
import dev.obsgen.definitions.metaflow.MetaflowScrapeJobs;
import dev.obsgen.model.Observability;
import dev.obsgen.model.ObservabilityDefinition;
import dev.obsgen.model.alerting.NotificationPolicy;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.alerting.SeverityRoute;
import dev.obsgen.model.alerting.Slack;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.DatasourceVariable;
import dev.obsgen.model.dashboard.GrafanaUnit;
import dev.obsgen.model.dashboard.GraphStyle;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PrometheusTarget;
import dev.obsgen.model.dashboard.ThresholdStep;
import dev.obsgen.model.dashboard.Thresholds;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.AlertScenario;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.rule.Series;
import java.util.Map;

/**
 * The team's model on the Metaflow platform: a dashboard of the team's flow made of the platform's panels, an alert
 * over the step failure ratio the platform records, and where the team's alerts go. The platform's metrics and
 * recorded series are what this model is checked against; the build writes only the team's own files into
 * {@code generated/}.
 *
 * <p>Every name here (alert, rule group, dashboard uid, runbook, receiver) starts with the team's name, because the
 * platform and every team share one Prometheus, one Grafana and one Alertmanager. The alert does not set the
 * {@code team} label: obsgen sets it to the team's name and routes on it.
 */
public final class ${className} implements ObservabilityDefinition {
    static final String TEAM = "${team}";
    static final String FLOW_NAME = "${flow}";
    /** The label matcher of the team's flow, for the platform's panels and the team's queries. */
    static final String FLOW = "flow_name=\"" + FLOW_NAME + "\"";
    /** The share of the flow's steps that failed, recorded by the platform's metaflow-red group. */
    static final String STEP_FAILURE_RATIO = "flow_name:metaflow_steps_failed:ratio_rate5m{" + FLOW + "}";

    @Override
    public Observability define() {
        AlertRule stepFailures = stepFailures();
        return Observability.team(TEAM).on(MetaflowObservability.model())
                .withRuleGroup(RuleGroup.named(TEAM + "-alerts").withRule(stepFailures).build())
                .notifications(notifications())
                .withDashboard(dashboard(stepFailures))
                .build();
    }

    /** Reads the platform's recorded series instead of recording the ratio again, which obsgen would reject. */
    static AlertRule stepFailures() {
        return Rule.alert("${Team}StepFailuresHigh")
                .expr(STEP_FAILURE_RATIO + " > 0.2")
                .forDuration("15m")
                .severity(Severity.WARNING)
                .summary("Steps of " + FLOW_NAME + " fail.")
                .description("{{ $value | humanizePercentage }} of the steps of flow {{ $labels.flow_name }} failed "
                        + "over the last 5 minutes.")
                .runbook(TEAM + "-step-failures")
                .withScenario(AlertScenario.fires("one step in four fails").at("30m")
                        .withInput(steps("completed", "0+3x40"))
                        .withInput(steps("failed", "0+1x40"))
                        .withAlert(Map.of("flow_name", FLOW_NAME), Map.of("description",
                                "25% of the steps of flow " + FLOW_NAME + " failed over the last 5 minutes.")))
                .withScenario(AlertScenario.calm("one step in twenty fails").at("30m")
                        .withInput(steps("completed", "0+19x40"))
                        .withInput(steps("failed", "0+1x40")))
                .build();
    }

    /** The counter of one step's outcomes as the platform's workers export it, one sample a minute. */
    private static Series steps(String status, String values) {
        return Series.of("metaflow_steps_total").label("job", MetaflowScrapeJobs.WORKERS)
                .label("instance", "10.0.1.7:9100").label("flow_name", FLOW_NAME).label("step_name", "train")
                .label("status", status).values(values);
    }

    /**
     * Critical and warning alerts go to the team's Slack channel, info alerts to no one. The webhook URL is read
     * from a file, so no secret is in the model: the team's AlertmanagerConfig takes it from the key of that file's
     * name in the Secret {@code <team>-alertmanager-secrets}, and the platform's Alertmanager mounts its secrets in
     * the same folder.
     */
    static NotificationPolicy notifications() {
        return NotificationPolicy.builder()
                .groupBy("alertname", "flow_name")
                .defaultReceiver(TEAM + "-slack")
                .withRoute(SeverityRoute.always(Severity.CRITICAL, TEAM + "-slack"))
                .withRoute(SeverityRoute.always(Severity.WARNING, TEAM + "-slack"))
                .withRoute(SeverityRoute.always(Severity.INFO, TEAM + "-dashboard-only"))
                .withReceiver(Receiver.named(TEAM + "-slack",
                        Slack.channel("#" + TEAM + "-alerts", "/etc/alertmanager/secrets/" + TEAM + "-slack-api-url")))
                .withReceiver(Receiver.named(TEAM + "-dashboard-only"))
                .build();
    }

    /** The flow's dashboard. It names no folder, so it lands in the team's. */
    static Dashboard dashboard(AlertRule stepFailures) {
        return Dashboard.builder(TEAM + "-flow", FLOW_NAME)
                .description(FLOW_NAME + " in detail: its runs, its steps and how often they fail.")
                .withTag(TEAM)
                .withVariable(DatasourceVariable.prometheus())
                .withPanel(MetaflowDashboards.runHistory(FLOW)
                        .description("Runs of " + FLOW_NAME + " finished per $__rate_interval window, by status."))
                .withPanel(MetaflowDashboards.stepDurations(FLOW))
                .withPanel(MetaflowDashboards.failureRateByStep(FLOW))
                .withPanel(Panel.timeseries("Step Failure Ratio")
                        .description("Share of the steps of " + FLOW_NAME + " that failed over 5 minutes, as the "
                                + "platform records it. The dashed line is where " + stepFailures.name()
                                + " fires, read from the alert itself.")
                        .unit(GrafanaUnit.PERCENT_UNIT).min(0).max(1)
                        .thresholds(Thresholds.absolute("green").withStep(ThresholdStep.fromAlert(stepFailures, "red")))
                        .style(GraphStyle.lines().thresholdsStyle(GraphStyle.ThresholdsStyle.DASHED))
                        .withTarget(PrometheusTarget.builder(STEP_FAILURE_RATIO).legendFormat("failed steps")))
                .build();
    }
}
