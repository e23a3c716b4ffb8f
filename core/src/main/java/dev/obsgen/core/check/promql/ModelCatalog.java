package dev.obsgen.core.check.promql;

import dev.obsgen.core.check.PromDuration;
import dev.obsgen.model.Observability;
import dev.obsgen.model.metric.Histogram;
import dev.obsgen.model.metric.Label;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.metric.MetricType;
import dev.obsgen.model.metric.Summary;
import dev.obsgen.model.rule.RecordingRule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.scrape.Relabel;
import dev.obsgen.model.scrape.ScrapeJob;
import dev.obsgen.model.scrape.StaticDiscovery;
import dev.obsgen.promql.Expr;
import dev.obsgen.promql.LabelMatcher;
import dev.obsgen.promql.ParseException;
import dev.obsgen.promql.PromQL;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The typed catalog of a model: every series of every declared metric with its labels (declared ones plus
 * {@code job}, {@code instance} and the target labels of its scrape job), the series Prometheus itself writes for
 * every target ({@code up}, {@code scrape_*}), and the series recording rules write, with the labels their
 * expressions leave.
 */
public final class ModelCatalog extends ListedCatalog {
    private static final List<String> TARGET_SERIES = List.of("up", "scrape_duration_seconds", "scrape_samples_scraped",
            "scrape_samples_post_metric_relabeling", "scrape_series_added");


    private ModelCatalog() {
    }

    public static ModelCatalog of(Observability model) {
        ModelCatalog catalog = new ModelCatalog();
        Map<String, Set<String>> targetLabels = new HashMap<>();
        Map<String, Long> intervals = new HashMap<>();
        long globalInterval = model.prometheus() == null ? -1 : PromDuration.millis(model.prometheus().scrapeInterval());
        Set<String> everyTargetLabel = new HashSet<>(Set.of("job", "instance"));
        for (ScrapeJob job : model.scrapeJobs()) {
            Set<String> labels = new HashSet<>(Set.of("job", "instance"));
            for (Relabel step : job.relabelling()) {
                if (step.targetLabel() != null && !step.targetLabel().startsWith("__")) {
                    labels.add(step.targetLabel());
                }
            }
            if (job.discovery() instanceof StaticDiscovery statics) {
                labels.addAll(statics.labels().keySet());
            }
            targetLabels.put(job.name(), labels);
            everyTargetLabel.addAll(labels);
            long interval = job.interval() == null ? globalInterval : PromDuration.millis(job.interval());
            intervals.put(job.name(), interval > 0 ? interval : null);
        }
        for (Metric metric : model.metrics()) {
            Set<String> labels = new HashSet<>(targetLabels.getOrDefault(metric.job(), Set.of("job", "instance")));
            Map<String, List<String>> allowed = new HashMap<>();
            for (Label label : metric.labels()) {
                labels.add(label.name());
                if (label.isEnumerated()) {
                    allowed.put(label.name(), label.values());
                }
            }
            Long interval = intervals.get(metric.job());
            if (metric instanceof Histogram) {
                Set<String> bucket = new HashSet<>(labels);
                bucket.add("le");
                catalog.add(new CatalogEntry(metric.name() + "_bucket", metric.name(), MetricType.HISTOGRAM,
                        SeriesRole.BUCKET, bucket, allowed, interval, false));
                catalog.add(new CatalogEntry(metric.name() + "_sum", metric.name(), MetricType.HISTOGRAM, SeriesRole.SUM,
                        labels, allowed, interval, false));
                catalog.add(new CatalogEntry(metric.name() + "_count", metric.name(), MetricType.HISTOGRAM,
                        SeriesRole.COUNT, labels, allowed, interval, false));
            } else if (metric instanceof Summary) {
                Set<String> quantile = new HashSet<>(labels);
                quantile.add("quantile");
                catalog.add(new CatalogEntry(metric.name(), metric.name(), MetricType.SUMMARY, SeriesRole.QUANTILE,
                        quantile, allowed, interval, false));
                catalog.add(new CatalogEntry(metric.name() + "_sum", metric.name(), MetricType.SUMMARY, SeriesRole.SUM,
                        labels, allowed, interval, false));
                catalog.add(new CatalogEntry(metric.name() + "_count", metric.name(), MetricType.SUMMARY,
                        SeriesRole.COUNT, labels, allowed, interval, false));
            } else {
                catalog.add(new CatalogEntry(metric.name(), metric.name(), metric.type(), SeriesRole.VALUE, labels, allowed,
                        interval, false));
            }
        }
        for (String series : TARGET_SERIES) {
            catalog.add(new CatalogEntry(series, series, MetricType.GAUGE, SeriesRole.VALUE, everyTargetLabel, Map.of(),
                    null, false));
        }
        for (String series : List.of("ALERTS", "ALERTS_FOR_STATE")) {
            catalog.add(new CatalogEntry(series, series, MetricType.GAUGE, SeriesRole.VALUE, null, Map.of(), null, true));
        }
        for (RuleGroup group : model.ruleGroups()) {
            for (RecordingRule rule : group.recordingRules()) {
                catalog.add(recorded(rule.name(), rule.expr(), rule.labels().keySet(), catalog));
            }
        }
        return catalog;
    }

    /**
     * The series a recording rule writes, with the labels its expression leaves over the series {@code catalog}
     * knows (unknown when it does not parse or they cannot be inferred) and the labels the rule sets.
     */
    public static CatalogEntry recorded(String name, String exprText, Set<String> ruleLabels, MetricCatalog catalog) {
        Set<String> labels;
        boolean known;
        try {
            Expr expr = PromQL.parse(exprText == null ? "" : exprText);
            // One inference per rule: it remembers every node of the tree, and the catalog grows as it goes.
            Labels result = new LabelInference(catalog).of(expr);
            labels = new HashSet<>(result.names());
            // The rule names its series itself.
            labels.remove(LabelMatcher.METRIC_NAME_LABEL);
            known = result.complete();
        } catch (ParseException e) {
            labels = new HashSet<>();
            known = false;
        }
        labels.addAll(ruleLabels);
        return new CatalogEntry(name, name, MetricType.GAUGE, SeriesRole.VALUE, known ? labels : null, Map.of(), null,
                true);
    }
}
