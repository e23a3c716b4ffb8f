package dev.obsgen.core.verify;

import dev.obsgen.core.check.PromDuration;
import dev.obsgen.core.check.promql.CatalogEntry;
import dev.obsgen.core.check.promql.ModelCatalog;
import dev.obsgen.core.slo.SloRules;
import dev.obsgen.core.team.Composition;
import dev.obsgen.core.team.TeamView;
import dev.obsgen.model.Observability;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.scrape.ScrapeJob;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The model as the server should run it: SLOs expanded into their rules and, for a team, the team's view (its
 * alerts carrying the owner label) in the union with its platform, as generation checks and renders it. Its
 * scrape jobs, the metrics each collects, and the labels each series may carry (declared labels, {@code job},
 * {@code instance}, target labels, {@code le} and {@code quantile}), from the same catalog the query checks use.
 */
final class VerifiedModel {
    private final Observability model;
    private final List<RuleGroup> ruleGroups;
    private final ModelCatalog catalog;

    /**
     * A platform is verified whole. A team is verified in the union with its platform (the jobs and metrics its
     * queries read, the platform's and its own), but only its own rules: the platform's are the platform's to verify.
     */
    VerifiedModel(Observability loaded) {
        if (loaded.isTeam()) {
            Composition composition = Composition.ofTeam(loaded);
            Observability view = composition.views().get(0);
            this.model = SloRules.expand(TeamView.union(composition.platform(), view));
            this.ruleGroups = SloRules.expand(view).ruleGroups();
        } else {
            this.model = SloRules.expand(loaded);
            this.ruleGroups = model.ruleGroups();
        }
        this.catalog = ModelCatalog.of(model);
    }

    Observability model() {
        return model;
    }

    List<ScrapeJob> jobs() {
        return model.scrapeJobs();
    }

    List<Metric> metrics(String job) {
        return model.metrics().stream().filter(m -> job.equals(m.job())).toList();
    }

    List<RuleGroup> ruleGroups() {
        return ruleGroups;
    }

    /** The metric a series name belongs to, when the model declares it (a histogram's {@code _bucket}, say). */
    Optional<Metric> metricOfSeries(String seriesName) {
        return catalog.lookup(seriesName).filter(e -> !e.recorded()).flatMap(e -> model.metric(e.metric()));
    }

    /** Every label a series of the metric may carry. */
    Set<String> allowedLabels(Metric metric) {
        Set<String> labels = new TreeSet<>();
        for (String series : metric.seriesNames()) {
            catalog.lookup(series).map(CatalogEntry::labels).ifPresent(labels::addAll);
        }
        return labels;
    }

    /** Whether the model records a series of this name. */
    boolean records(String seriesName) {
        return catalog.lookup(seriesName).map(CatalogEntry::recorded).orElse(false);
    }

    /** The job's scrape interval as the model sets it, or the model's global one. */
    String interval(ScrapeJob job) {
        if (job.interval() != null) {
            return job.interval();
        }
        return model.prometheus() == null ? "1m" : model.prometheus().scrapeInterval();
    }

    static long millis(String duration) {
        return PromDuration.millis(duration);
    }

    /** Every metric with a job the model scrapes: what verification checks. */
    List<Metric> checkedMetrics() {
        List<Metric> checked = new ArrayList<>();
        for (ScrapeJob job : jobs()) {
            checked.addAll(metrics(job.name()));
        }
        return checked;
    }
}
