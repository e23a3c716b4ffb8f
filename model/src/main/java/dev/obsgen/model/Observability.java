package dev.obsgen.model;

import dev.obsgen.model.alerting.NotificationPolicy;
import dev.obsgen.model.collection.Collection;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.log.Logs;
import dev.obsgen.model.metric.Metric;
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

    public Observability withScrapeJobs(List<ScrapeJob> replacement) {
        return new Observability(name, metrics, ruleGroups, replacement, prometheus, notifications, runbooks, corrections, dashboards, logs, spans, collection, slos, team);
    }

    public Observability withRuleGroups(List<RuleGroup> replacement) {
        return new Observability(name, metrics, replacement, scrapeJobs, prometheus, notifications, runbooks, corrections, dashboards, logs, spans, collection, slos, team);
    }

    public Observability withPrometheus(PrometheusSettings replacement) {
        return new Observability(name, metrics, ruleGroups, scrapeJobs, replacement, notifications, runbooks, corrections, dashboards, logs, spans, collection, slos, team);
    }

    public Observability withNotifications(NotificationPolicy replacement) {
        return new Observability(name, metrics, ruleGroups, scrapeJobs, prometheus, replacement, runbooks, corrections, dashboards, logs, spans, collection, slos, team);
    }

    public Observability withDashboards(List<Dashboard> replacement) {
        return new Observability(name, metrics, ruleGroups, scrapeJobs, prometheus, notifications, runbooks, corrections, replacement, logs, spans, collection, slos, team);
    }

    public Observability withMetrics(List<Metric> replacement) {
        return new Observability(name, replacement, ruleGroups, scrapeJobs, prometheus, notifications, runbooks, corrections, dashboards, logs, spans, collection, slos, team);
    }

    public Observability withLogs(Logs replacement) {
        return new Observability(name, metrics, ruleGroups, scrapeJobs, prometheus, notifications, runbooks, corrections, dashboards, replacement, spans, collection, slos, team);
    }

    public Observability withSpans(List<Span> replacement) {
        return new Observability(name, metrics, ruleGroups, scrapeJobs, prometheus, notifications, runbooks, corrections, dashboards, logs, replacement, collection, slos, team);
    }

    public Observability withRunbooks(RunbookSettings replacement) {
        return new Observability(name, metrics, ruleGroups, scrapeJobs, prometheus, notifications, replacement, corrections, dashboards, logs, spans, collection, slos, team);
    }

    public Observability withSlos(List<Slo> replacement) {
        return new Observability(name, metrics, ruleGroups, scrapeJobs, prometheus, notifications, runbooks, corrections, dashboards, logs, spans, collection, replacement, team);
    }

    public Observability withTeam(Team replacement) {
        return new Observability(name, metrics, ruleGroups, scrapeJobs, prometheus, notifications, runbooks, corrections, dashboards, logs, spans, collection, slos, replacement);
    }

    public Observability withCollection(Collection replacement) {
        return new Observability(name, metrics, ruleGroups, scrapeJobs, prometheus, notifications, runbooks, corrections, dashboards, logs, spans, replacement, slos, team);
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

        public Builder withMetrics(List<? extends Metric> values) {
            metrics.addAll(Values.list(values));
            return this;
        }

        public Builder withRuleGroup(RuleGroup group) {
            ruleGroups.add(group);
            return this;
        }

        public Builder withScrapeJob(ScrapeJob job) {
            scrapeJobs.add(job);
            return this;
        }

        public Builder prometheus(PrometheusSettings settings) {
            this.prometheus = settings;
            return this;
        }

        public Builder notifications(NotificationPolicy policy) {
            this.notifications = policy;
            return this;
        }

        public Builder runbookUrlPattern(String pattern) {
            this.runbooks = new RunbookSettings(pattern);
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

