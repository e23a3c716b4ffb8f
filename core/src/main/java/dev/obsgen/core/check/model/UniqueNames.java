package dev.obsgen.core.check.model;

import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.RecordingRule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.scrape.ScrapeJob;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Two metrics, alerts, recorded series, groups, jobs or receivers with one name would shadow each other downstream. */
public final class UniqueNames implements ModelCheck {
    @Override
    public String id() {
        return "model/unique-names";
    }

    @Override
    public String summary() {
        return "Metrics, alerts, recording rules, rule groups, scrape jobs and receivers have unique names.";
    }

    @Override
    public String example() {
        return "Metric.gauge(\"queue_depth\")... declared twice, or two alerts named QueueBacklog";
    }

    @Override
    public String fix() {
        return "Rename or remove one of them; names are keys in Prometheus and Alertmanager.";
    }

    @Override
    public FindingSeverity severity() {
        return FindingSeverity.ERROR;
    }

    @Override
    public void check(Observability model, FindingSink findings) {
        unique("metric", model.metrics(), Metric::name, findings);
        unique("alert", model.alerts(), AlertRule::name, findings);
        // Rules may record one name under different static labels, as every SLO records slo:sli_error:ratio_rate5m.
        unique("recording rule", model.recordingRules(), r -> r.name() + (r.labels().isEmpty() ? "" : r.labels()),
                findings);
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
