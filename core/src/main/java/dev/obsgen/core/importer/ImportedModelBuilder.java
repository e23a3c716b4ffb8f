package dev.obsgen.core.importer;

import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.NotificationPolicy;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.alerting.SeverityRoute;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.metric.MetricBuilder;
import dev.obsgen.model.metric.Unit;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.RecordingRule;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.scrape.ScrapeJob;
import dev.obsgen.model.scrape.StaticDiscovery;

/**
 * Builds the imported model in memory with the calls the generated source makes (dashboards aside, which exist only
 * as source), so the checks judge what the source will define.
 */
final class ImportedModelBuilder {
    private ImportedModelBuilder() {
    }

    static Observability build(ImportedModel model) {
        Observability.Builder builder = Observability.named(model.modelName());
        for (InferredMetric metric : model.metrics()) {
            builder.withMetric(metric(metric));
        }
        for (String job : model.scrapeJobs()) {
            builder.withScrapeJob(scrapeJob(job));
        }
        for (ImportedGroup group : model.groups()) {
            builder.withRuleGroup(group(group));
        }
        builder.notifications(notifications());
        if (model.runbookPattern() != null) {
            builder.runbookUrlPattern(model.runbookPattern());
        }
        return builder.build();
    }

    static Metric metric(InferredMetric metric) {
        MetricBuilder<?, ?> builder = switch (metric.type()) {
            case COUNTER -> Metric.counter(metric.name());
            case HISTOGRAM -> Metric.histogram(metric.name());
            case SUMMARY -> Metric.summary(metric.name());
            default -> Metric.gauge(metric.name());
        };
        if (metric.unit() != Unit.NONE) {
            builder.unit(metric.unit());
        }
        if (!metric.labels().isEmpty()) {
            builder.withLabels(metric.labels().toArray(String[]::new));
        }
        return builder.job(metric.job()).build();
    }

    /** A placeholder target: the job's name on Prometheus' default port, to be replaced by the job's discovery. */
    static ScrapeJob scrapeJob(String job) {
        return ScrapeJob.named(job).discovery(StaticDiscovery.of(placeholderTarget(job))).build();
    }

    static String placeholderTarget(String job) {
        String host = job.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-").replaceAll("^-+|-+$", "");
        return (host.isEmpty() ? "localhost" : host) + ":9090";
    }

    static NotificationPolicy notifications() {
        NotificationPolicy.Builder policy = NotificationPolicy.builder().groupBy("alertname")
                .defaultReceiver(ImportedModel.PLACEHOLDER_RECEIVER);
        for (Severity severity : Severity.values()) {
            policy.withRoute(SeverityRoute.always(severity, ImportedModel.PLACEHOLDER_RECEIVER));
        }
        return policy.withReceiver(Receiver.named(ImportedModel.PLACEHOLDER_RECEIVER)).build();
    }

    static RuleGroup group(ImportedGroup group) {
        RuleGroup.Builder builder = RuleGroup.named(group.name());
        if (group.interval() != null) {
            builder.interval(group.interval());
        }
        if (group.limit() != null) {
            builder.limit(group.limit());
        }
        for (ImportedRule rule : group.rules()) {
            builder.withRule(rule(rule, rule.name()));
        }
        return builder.build();
    }

    static Rule rule(ImportedRule rule, String name) {
        if (!rule.alert()) {
            RecordingRule.Builder builder = Rule.record(name).expr(rule.expr());
            rule.labels().forEach(builder::label);
            if (rule.designNote() != null) {
                builder.designNote(rule.designNote());
            }
            builder.imported();
            rule.suppressions().forEach(builder::suppress);
            return builder.build();
        }
        AlertRule.Builder builder = Rule.alert(name).expr(rule.expr());
        if (rule.forDuration() != null) {
            builder.forDuration(rule.forDuration());
        }
        if (rule.keepFiringFor() != null) {
            builder.keepFiringFor(rule.keepFiringFor());
        }
        if (rule.severity() != null) {
            builder.severity(rule.severity());
        }
        rule.labels().forEach(builder::label);
        if (rule.summary() != null) {
            builder.summary(rule.summary());
        }
        if (rule.description() != null) {
            builder.description(rule.description());
        }
        builder.runbook(rule.runbook());
        if (rule.runbookUrl() != null) {
            builder.runbookUrl(rule.runbookUrl());
        }
        rule.annotations().forEach(builder::annotation);
        if (rule.designNote() != null) {
            builder.designNote(rule.designNote());
        }
        builder.imported();
        rule.suppressions().forEach(builder::suppress);
        return builder.build();
    }
}
