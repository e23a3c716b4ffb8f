package dev.obsgen.core.check.model;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.CheckInput;
import dev.obsgen.core.check.Elements;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.CheckedModel;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.CheckedModelCheck;
import dev.obsgen.core.check.SharedNames;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.RecordingRule;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.scrape.ScrapeJob;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Two metrics, alerts, recorded series, groups, jobs or receivers with one name would shadow each other downstream.
 * Alerts and recording rules are keyed on their name and labels (an alert's severity included), as Prometheus keys
 * them: a warning and a critical alert of one name at two thresholds are two alerts, the same rule twice is one.
 */
@CheckDefinition(id = "model/unique-names", severity = FindingSeverity.ERROR,
        summary = "Metrics, rule groups, scrape jobs and receivers have unique names; alerts and recording rules unique "
                + "names and labels.",
        example = "Metric.gauge(\"queue_depth\")... declared twice, or two alerts named QueueBacklog with the same labels "
                + "and severity",
        fix = "Rename or remove one of them; names are keys in Prometheus and Alertmanager. Rules that share a name "
                + "must differ in their labels or severity.",
        inputs = {CheckInput.MODEL, CheckInput.RULE_FILES})
public final class UniqueNames implements CheckedModelCheck {
    @Override
    public void check(CheckedModel checked, FindingSink findings) {
        Observability model = checked.model();
        unique("metric", model.metrics(), Metric::name, findings);
        SharedNames shared = checked.sharedNames();
        // Rules may record one name under different static labels, as every SLO records slo:sli_error:ratio_rate5m.
        uniqueRules(model.ruleGroups(), shared, findings);
        unique("rule group", model.ruleGroups(), RuleGroup::name, findings);
        unique("scrape job", model.scrapeJobs(), ScrapeJob::name, findings);
        if (model.notifications() != null) {
            unique("receiver", model.notifications().receivers(), Receiver::name, findings);
        }
        Set<String> metricNames = new HashSet<>();
        model.metrics().forEach(m -> metricNames.addAll(m.seriesNames()));
        for (RecordingRule rule : model.recordingRules()) {
            if (metricNames.contains(rule.name())) {
                findings.report("recording rule '" + rule.name() + "'",
                        "records a series with the name of a declared metric; give it a level:metric:operations name");
            }
        }
    }

    /**
     * The second of two rules with one key is named with its group, so a rule that records one series in parts
     * (kube-prometheus splits {@code code_verb:apiserver_request_total:increase1h} by status class) can suppress it.
     */
    private static void uniqueRules(List<RuleGroup> groups, SharedNames shared, FindingSink findings) {
        Set<String> seen = new HashSet<>();
        for (RuleGroup group : groups) {
            for (Rule rule : group.rules()) {
                String kind = rule instanceof AlertRule ? "alert" : "recording";
                if (!seen.add(kind + "\u0000" + rule.name() + "\u0000" + SharedNames.key(rule))) {
                    findings.report(Elements.rule(shared, group, rule), "is declared more than once with the same "
                            + "labels; rules of one name must differ in their labels or severity");
                }
            }
        }
    }

    private static <T> void unique(String kind, List<T> items, Function<T, String> name, FindingSink findings) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            String value = name.apply(item);
            if (!seen.add(value)) {
                findings.report(kind + " '" + value + "'", "is declared more than once; names must be unique");
            }
        }
    }
}
