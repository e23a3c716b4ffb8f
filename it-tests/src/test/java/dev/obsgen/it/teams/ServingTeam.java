package dev.obsgen.it.teams;

import dev.obsgen.definitions.metaflow.MetaflowObservability;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.Inhibition;
import dev.obsgen.model.alerting.Matcher;
import dev.obsgen.model.alerting.NotificationPolicy;
import dev.obsgen.model.alerting.PagerDuty;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.alerting.SeverityRoute;
import dev.obsgen.model.alerting.Slack;
import dev.obsgen.model.alerting.TimeInterval;
import dev.obsgen.model.rule.AlertScenario;
import dev.obsgen.model.rule.RecordingExample;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.rule.Series;
import java.util.List;
import java.util.Map;

/**
 * The serving team on the Metaflow platform: it records the step success ratio of its flows (every flow named
 * {@code Serving...}) from the platform's recorded failure ratio, pages when fewer than half of the steps succeed
 * and posts to Slack in its working hours when fewer than nine in ten do; the page mutes the post for the same flow.
 * Its alerts and recorded series live in two groups, so its alert tests load its own recording group as well as the
 * platform's.
 */
public final class ServingTeam {
    public static final String NAME = "serving";
    public static final String PAGER = "serving-pager";
    public static final String SLACK = "serving-slack";
    public static final String SLACK_CHANNEL = "#serving-alerts";
    public static final String HOURS = "serving-hours";
    public static final String RECORDING_GROUP = "serving-slo";
    public static final String ALERT_GROUP = "serving-alerts";
    public static final String SUCCESS_RATIO = "flow_name:serving_steps_succeeded:ratio_rate5m";
    public static final String STEPS_FAILING = "ServingStepsFailing";
    public static final String STEPS_DEGRADED = "ServingStepsDegraded";
    /** The platform's recorded series the team's one is computed from, and the platform group that records it. */
    public static final String PLATFORM_FAILURE_RATIO = "flow_name:metaflow_steps_failed:ratio_rate5m";
    public static final String PLATFORM_RECORDING_GROUP = "metaflow-red";

    private static final String SECRETS = "/etc/alertmanager/secrets/serving/";
    private static final String WORKERS = "metaflow-workers";

    private ServingTeam() {
    }

    /** The team on the reference platform, as the team's own build declares it. */
    public static Observability model() {
        return on(MetaflowObservability.model().build());
    }

    public static Observability on(Observability platform) {
        return Observability.team(NAME).namespace("ml-serving").folder("Serving").on(platform)
                .withRuleGroup(recording())
                .withRuleGroup(alerts())
                .notifications(notifications())
                .build();
    }

    private static RuleGroup recording() {
        return RuleGroup.named(RECORDING_GROUP).interval("1m")
                .withRule(Rule.record(SUCCESS_RATIO)
                        .help("Share of the steps of each serving flow that succeeded.")
                        .expr("1 - " + PLATFORM_FAILURE_RATIO + "{flow_name=~\"Serving.+\"}")
                        .withExample(RecordingExample.named("one step in four fails; other teams' flows are left out")
                                .at("10m")
                                .withInput(steps("ServingFlow", "completed", "0+3x15"))
                                .withInput(steps("ServingFlow", "failed", "0+1x15"))
                                .withInput(steps("TrainingFlow", "failed", "0+1x15"))
                                .withSample(0.75, "flow_name", "ServingFlow")))
                .build();
    }

    private static RuleGroup alerts() {
        return RuleGroup.named(ALERT_GROUP).interval("1m")
                .withRule(Rule.alert(STEPS_FAILING)
                        .expr(SUCCESS_RATIO + " < 0.5")
                        .forDuration("5m")
                        .severity(Severity.CRITICAL)
                        .summary("Most steps of a serving flow fail.")
                        .description("Only {{ $value | humanizePercentage }} of the steps of flow "
                                + "{{ $labels.flow_name }} succeeded over the last 5 minutes.")
                        .runbook("serving-steps-failing")
                        .withScenario(AlertScenario.fires("three steps in four fail").at("20m")
                                .withInput(steps("ServingFlow", "completed", "0+1x30"))
                                .withInput(steps("ServingFlow", "failed", "0+3x30"))
                                .withAlert(Map.of("flow_name", "ServingFlow"), Map.of("description",
                                        "Only 25% of the steps of flow ServingFlow succeeded over the last 5 minutes.")))
                        .withScenario(AlertScenario.calm("one step in four fails").at("20m")
                                .withInput(steps("ServingFlow", "completed", "0+3x30"))
                                .withInput(steps("ServingFlow", "failed", "0+1x30")))
                        .withScenario(AlertScenario.calm("another team's flow fails").at("20m")
                                .withInput(steps("TrainingFlow", "failed", "0+3x30"))))
                .withRule(Rule.alert(STEPS_DEGRADED)
                        .expr(SUCCESS_RATIO + " < 0.9")
                        .forDuration("15m")
                        .severity(Severity.WARNING)
                        .summary("Serving flow steps succeed less often than nine in ten.")
                        .description("{{ $value | humanizePercentage }} of the steps of flow {{ $labels.flow_name }} "
                                + "succeeded over the last 5 minutes (objective 90%).")
                        .runbook("serving-steps-degraded")
                        .withScenario(AlertScenario.fires("one step in five fails").at("30m")
                                .withInput(steps("ServingFlow", "completed", "0+4x40"))
                                .withInput(steps("ServingFlow", "failed", "0+1x40"))
                                .withAlert(Map.of("flow_name", "ServingFlow"), Map.of("description",
                                        "80% of the steps of flow ServingFlow succeeded over the last 5 minutes "
                                                + "(objective 90%).")))
                        .withScenario(AlertScenario.calm("one step in twenty fails").at("30m")
                                .withInput(steps("ServingFlow", "completed", "0+19x40"))
                                .withInput(steps("ServingFlow", "failed", "0+1x40"))))
                .build();
    }

    private static NotificationPolicy notifications() {
        return NotificationPolicy.builder()
                .groupBy("alertname", "flow_name")
                .defaultReceiver(SLACK)
                .withRoute(SeverityRoute.always(Severity.CRITICAL, PAGER))
                .withRoute(SeverityRoute.during(Severity.WARNING, SLACK, HOURS))
                .withRoute(SeverityRoute.always(Severity.INFO, SLACK))
                .withReceiver(Receiver.named(PAGER, PagerDuty.routingKeyFile(SECRETS + "pagerduty-routing-key")))
                .withReceiver(Receiver.named(SLACK, Slack.channel(SLACK_CHANNEL, SECRETS + "slack-api-url")))
                // A flow whose steps mostly fail pages; the post that it also misses its objective adds nothing.
                .withInhibition(new Inhibition(
                        List.of(Matcher.severity(Severity.CRITICAL), Matcher.eq("alertname", STEPS_FAILING)),
                        List.of(Matcher.severity(Severity.WARNING), Matcher.eq("alertname", STEPS_DEGRADED)),
                        List.of("flow_name")))
                .withTimeInterval(TimeInterval.weekdays(HOURS, "monday:friday", "07:00", "19:00", "Europe/Amsterdam"))
                .build();
    }

    private static Series steps(String flow, String status, String values) {
        return Series.of("metaflow_steps_total").label("job", WORKERS).label("instance", "10.0.1.7:9100")
                .label("flow_name", flow).label("step_name", "predict").label("status", status).values(values);
    }
}
