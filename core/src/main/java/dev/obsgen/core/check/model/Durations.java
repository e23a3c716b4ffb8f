package dev.obsgen.core.check.model;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.CheckInput;
import dev.obsgen.core.check.Elements;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.CheckedModel;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.GroupedRule;
import dev.obsgen.core.check.CheckedModelCheck;
import dev.obsgen.core.check.ModelRules;
import dev.obsgen.core.check.PromDuration;
import dev.obsgen.core.check.RuleTests;
import dev.obsgen.model.Observability;
import dev.obsgen.model.PrometheusSettings;
import dev.obsgen.model.alerting.NotificationPolicy;
import dev.obsgen.model.alerting.SeverityRoute;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.AlertScenario;
import dev.obsgen.model.rule.RecordingExample;
import dev.obsgen.model.rule.RecordingRule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.scrape.Ec2Discovery;
import dev.obsgen.model.scrape.ScrapeJob;

/** Every duration in the model is in Prometheus' syntax ({@code 5m}, {@code 1h30m}), which Alertmanager shares. */
@CheckDefinition(id = "model/duration", severity = FindingSeverity.ERROR,
        summary = "Durations use Prometheus' syntax, such as 30s, 5m or 1h30m.",
        example = "forDuration(\"5 minutes\"), interval(\"1min\")",
        fix = "Write durations as Prometheus does: 30s, 5m, 1h30m.",
        inputs = {CheckInput.MODEL, CheckInput.RULE_FILES})
public final class Durations implements CheckedModelCheck {
    @Override
    public void check(CheckedModel checked, FindingSink findings) {
        Observability model = checked.model();
        PrometheusSettings prometheus = model.prometheus();
        if (prometheus != null) {
            optional("Prometheus settings", "scrape interval", prometheus.scrapeInterval(), findings);
            optional("Prometheus settings", "scrape timeout", prometheus.scrapeTimeout(), findings);
            optional("Prometheus settings", "evaluation interval", prometheus.evaluationInterval(), findings);
        }
        for (ScrapeJob job : model.scrapeJobs()) {
            optional(Elements.scrapeJob(job.name()), "interval", job.interval(), findings);
            optional(Elements.scrapeJob(job.name()), "timeout", job.timeout(), findings);
            if (job.discovery() instanceof Ec2Discovery ec2) {
                optional(Elements.scrapeJob(job.name()), "EC2 refresh interval", ec2.refreshInterval(), findings);
            }
        }
        for (RuleGroup group : model.ruleGroups()) {
            optional(Elements.group(group), "interval", group.interval(), findings);
        }
        ModelRules rules = checked.rules();
        for (GroupedRule<AlertRule> alert : rules.alerts()) {
            optional(alert.element(), "for", alert.rule().forDuration(), findings);
            optional(alert.element(), "keep_firing_for", alert.rule().keepFiringFor(), findings);
            for (AlertScenario scenario : alert.rule().scenarios()) {
                String where = RuleTests.where(alert, "scenario", scenario.name());
                optional(where, "interval", scenario.interval(), findings);
                optional(where, "evaluation time", scenario.evalTime(), findings);
            }
        }
        for (GroupedRule<RecordingRule> rule : rules.recordings()) {
            for (RecordingExample example : rule.rule().examples()) {
                String where = RuleTests.where(rule, "example", example.name());
                optional(where, "interval", example.interval(), findings);
                optional(where, "evaluation time", example.evalTime(), findings);
            }
        }
        NotificationPolicy policy = model.notifications();
        if (policy != null) {
            optional("notification policy", "group_wait", policy.groupWait(), findings);
            optional("notification policy", "group_interval", policy.groupInterval(), findings);
            optional("notification policy", "repeat_interval", policy.repeatInterval(), findings);
            for (SeverityRoute route : policy.routes()) {
                optional("route for " + route.severity().label(), "repeat_interval", route.repeatInterval(), findings);
            }
        }
    }

    /** Reported on the field {@code what}, so lint points at the value in a rule file ({@code for: 5 minutes}). */
    private void optional(String element, String what, String value, FindingSink findings) {
        if (value != null && !PromDuration.isValid(value)) {
            findings.reportOnField(severity(), element, what, what + " '" + value
                    + "' is not a duration; write it like 30s, 5m or 1h30m");
        }
    }
}
