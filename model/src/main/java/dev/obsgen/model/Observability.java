package dev.obsgen.model;

import dev.obsgen.model.alerting.NotificationPolicy;
import dev.obsgen.model.collection.Collection;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.log.Logs;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.metric.MetricBuilder;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.RecordingRule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.scrape.ScrapeJob;
import dev.obsgen.model.slo.Slo;
import dev.obsgen.model.trace.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The whole model of one system's observability: the root every renderer reads. */
public record Observability(String name, List<Metric> metrics, List<RuleGroup> ruleGroups, List<ScrapeJob> scrapeJobs,
                            PrometheusSettings prometheus, @Nullable NotificationPolicy notifications,
                            RunbookSettings runbooks, List<DesignCorrection> corrections, List<Dashboard> dashboards,
                            @Nullable Logs logs, List<Span> spans, @Nullable Collection collection, List<Slo> slos,
                            @Nullable Team team) {
    public Observability {
        metrics = Values.list(metrics);
        ruleGroups = Values.list(ruleGroups);
        scrapeJobs = Values.list(scrapeJobs);
        corrections = Values.list(corrections);
        dashboards = Values.list(dashboards);
        spans = Values.list(spans);
        slos = Values.list(slos);
    }

    public static Builder named(String name) {
        return new Builder(name);
    }

    /**
     * A team's model, declared on a platform model: {@code Observability.team("training").on(platform)}. The
     * platform is the team's catalog, checked against but not written; the team's build writes only its own
     * elements.
     */
    public static Team.Declaration team(String name) {
        return new Team.Declaration(name);
    }

    /** True for a team's model, false for a platform's. */
    public boolean isTeam() {
        return team != null;
    }

    public Optional<Metric> metric(String metricName) {
        return metrics.stream().filter(m -> m.name().equals(metricName)).findFirst();
    }

    public Optional<ScrapeJob> scrapeJob(String jobName) {
        return scrapeJobs.stream().filter(j -> j.name().equals(jobName)).findFirst();
    }

    public List<AlertRule> alerts() {
        return ruleGroups.stream().flatMap(g -> g.alerts().stream()).toList();
    }

    public List<RecordingRule> recordingRules() {
        return ruleGroups.stream().flatMap(g -> g.recordingRules().stream()).toList();
    }

    /**
     * A builder holding this model's elements, to change some of them: its {@code with…} methods append, its
     * list setters ({@link Builder#metrics}, {@link Builder#ruleGroups}, …) replace.
     */
    public Builder toBuilder() {
        Builder builder = new Builder(name);
        builder.team = team;
        return builder.metrics(metrics).ruleGroups(ruleGroups).scrapeJobs(scrapeJobs).prometheus(prometheus)
                .notifications(notifications).runbooks(runbooks).corrections(corrections).dashboards(dashboards)
                .logs(logs).spans(spans).collection(collection).slos(slos);
    }

    public static final class Builder {
        private final String name;
        private final List<Metric> metrics = new ArrayList<>();
        private final List<RuleGroup> ruleGroups = new ArrayList<>();
        private final List<ScrapeJob> scrapeJobs = new ArrayList<>();
        private PrometheusSettings prometheus = PrometheusSettings.defaults();
        private NotificationPolicy notifications;
        private RunbookSettings runbooks = new RunbookSettings("runbooks/%s.md");
        private final List<DesignCorrection> corrections = new ArrayList<>();
        private final List<Dashboard> dashboards = new ArrayList<>();
        private Logs logs;
        private final List<Span> spans = new ArrayList<>();
        private Collection collection;
        private final List<Slo> slos = new ArrayList<>();
        private Team team;

        Builder(String name) {
            this.name = name;
        }

        Builder(String name, Team team) {
            this.name = name;
            this.team = team;
            this.prometheus = team.platform().prometheus();
            this.runbooks = team.platform().runbooks();
        }

        public Builder withMetric(Metric metric) {
            metrics.add(metric);
            return this;
        }

        public Builder withMetric(MetricBuilder<?, ?> metric) {
            return withMetric(metric == null ? null : metric.build());
        }

        public Builder withMetrics(List<? extends Metric> values) {
            metrics.addAll(Values.list(values));
            return this;
        }

        /** Replaces the metrics declared so far. */
        public Builder metrics(List<? extends Metric> values) {
            Values.replace(metrics, values);
            return this;
        }

        /** Replaces the rule groups declared so far. */
        public Builder ruleGroups(List<RuleGroup> values) {
            Values.replace(ruleGroups, values);
            return this;
        }

        /** Replaces the scrape jobs declared so far. */
        public Builder scrapeJobs(List<ScrapeJob> values) {
            Values.replace(scrapeJobs, values);
            return this;
        }

        /** Replaces the design corrections declared so far. */
        public Builder corrections(List<DesignCorrection> values) {
            Values.replace(corrections, values);
            return this;
        }

        /** Replaces the dashboards declared so far. */
        public Builder dashboards(List<Dashboard> values) {
            Values.replace(dashboards, values);
            return this;
        }

        /** Replaces the spans declared so far. */
        public Builder spans(List<Span> values) {
            Values.replace(spans, values);
            return this;
        }

        /** Replaces the SLOs declared so far. */
        public Builder slos(List<Slo> values) {
            Values.replace(slos, values);
            return this;
        }

        public Builder withRuleGroup(RuleGroup group) {
            ruleGroups.add(group);
            return this;
        }

        public Builder withRuleGroup(RuleGroup.Builder group) {
            return withRuleGroup(group == null ? null : group.build());
        }

        public Builder withScrapeJob(ScrapeJob job) {
            scrapeJobs.add(job);
            return this;
        }

        public Builder withScrapeJob(ScrapeJob.Builder job) {
            return withScrapeJob(job == null ? null : job.build());
        }

        public Builder prometheus(PrometheusSettings settings) {
            this.prometheus = settings;
            return this;
        }

        public Builder notifications(NotificationPolicy policy) {
            this.notifications = policy;
            return this;
        }

        public Builder notifications(NotificationPolicy.Builder policy) {
            return notifications(policy == null ? null : policy.build());
        }

        public Builder runbookUrlPattern(String pattern) {
            return runbooks(new RunbookSettings(pattern));
        }

        public Builder runbooks(RunbookSettings settings) {
            this.runbooks = settings;
            return this;
        }

        public Builder withScrapeJobs(List<ScrapeJob> jobs) {
            scrapeJobs.addAll(Values.list(jobs));
            return this;
        }

        public Builder withCorrections(List<DesignCorrection> values) {
            corrections.addAll(Values.list(values));
            return this;
        }

        public Builder withCorrection(DesignCorrection correction) {
            corrections.add(correction);
            return this;
        }

        public Builder withDashboard(Dashboard dashboard) {
            dashboards.add(dashboard);
            return this;
        }

        public Builder withDashboard(Dashboard.Builder dashboard) {
            return withDashboard(dashboard == null ? null : dashboard.build());
        }

        public Builder withDashboards(List<Dashboard> values) {
            dashboards.addAll(Values.list(values));
            return this;
        }

        public Builder logs(Logs value) {
            this.logs = value;
            return this;
        }

        public Builder logs(Logs.Builder value) {
            return logs(value == null ? null : value.build());
        }

        public Builder withSpan(Span span) {
            spans.add(span);
            return this;
        }

        public Builder withSpan(Span.Builder span) {
            return withSpan(span == null ? null : span.build());
        }

        public Builder withSpans(List<Span> values) {
            spans.addAll(Values.list(values));
            return this;
        }

        public Builder collection(Collection value) {
            this.collection = value;
            return this;
        }

        public Builder collection(Collection.Builder value) {
            return collection(value == null ? null : value.build());
        }

        public Builder withSlo(Slo slo) {
            slos.add(slo);
            return this;
        }

        public Builder withSlos(List<Slo> values) {
            slos.addAll(Values.list(values));
            return this;
        }

        public Builder withSlo(Slo.Builder slo) {
            return withSlo(slo == null ? null : slo.build());
        }

        public Observability build() {
            return new Observability(name, metrics, ruleGroups, scrapeJobs, prometheus, notifications, runbooks, corrections, dashboards, logs, spans, collection, slos, team);
        }
    }
}

