package dev.obsgen.core.importer;

import dev.obsgen.core.check.promql.CatalogEntry;
import dev.obsgen.core.check.promql.MetricCatalog;
import dev.obsgen.model.metric.MetricType;
import dev.obsgen.model.metric.Unit;
import dev.obsgen.promql.Aggregate;
import dev.obsgen.promql.Binary;
import dev.obsgen.promql.Expr;
import dev.obsgen.promql.ExprWalker;
import dev.obsgen.promql.LabelMatcher;
import dev.obsgen.promql.MatchType;
import dev.obsgen.promql.NodePath;
import dev.obsgen.promql.ParseException;
import dev.obsgen.promql.PromQL;
import dev.obsgen.promql.VectorSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Infers the metrics a set of expressions reads: every selector's metric name, except the series recording rules
 * write and those Prometheus writes itself; its type from the catalog when one is given and lists it, otherwise
 * from its name ({@code _total} a counter, {@code _bucket}, {@code _sum} and {@code _count} a histogram, a name also
 * read bare with {@code _sum} or {@code _count} a summary, anything else a gauge); its labels from the matchers,
 * the groupings and the {@code on}/{@code ignoring} and {@code group_left}/{@code group_right} lists around it.
 */
public final class MetricInference {
    /** The job of metrics whose selectors match no {@code job} value. */
    public static final String PLACEHOLDER_JOB = "imported";
    private static final Set<String> PROMETHEUS_SERIES = Set.of("up", "scrape_duration_seconds",
            "scrape_samples_scraped", "scrape_samples_post_metric_relabeling", "scrape_series_added", "ALERTS",
            "ALERTS_FOR_STATE");
    private static final Set<String> IMPLICIT_LABELS = Set.of("job", "instance", LabelMatcher.METRIC_NAME_LABEL);

    /** An expression and where it is, for notes. */
    public record Source(String file, String element, String expr) {
    }

    private record Usage(SortedSet<String> labels, SortedSet<String> jobs) {
    }

    private final Set<String> recorded;
    private final MetricCatalog catalog;

    /**
     * @param recorded the series the imported rules record
     * @param catalog  the types (and, from an obsgen catalog, labels) of the series it names, or null
     */
    public MetricInference(Set<String> recorded, MetricCatalog catalog) {
        this.recorded = Set.copyOf(recorded);
        this.catalog = catalog;
    }

    public List<InferredMetric> infer(List<Source> sources, ImportNotes notes) {
        Map<String, Usage> series = new TreeMap<>();
        for (Source source : sources) {
            Expr root;
            try {
                root = PromQL.parse(source.expr());
            } catch (ParseException e) {
                notes.add(source.file(), source.element(), "expression does not parse (" + e.reason()
                        + "); its metrics are not inferred");
                continue;
            }
            for (NodePath<VectorSelector> path : ExprWalker.vectorSelectors(root)) {
                Optional<String> name = path.node().metricName();
                if (name.isEmpty()) {
                    notes.add(source.file(), source.element(), "a selector without a metric name ("
                            + path.node().matchers().size() + " matchers) declares no metric");
                    continue;
                }
                if (recorded.contains(name.get()) || PROMETHEUS_SERIES.contains(name.get())) {
                    continue;
                }
                Usage usage = series.computeIfAbsent(name.get(), n -> new Usage(new TreeSet<>(), new TreeSet<>()));
                collect(path, usage);
            }
        }
        return metrics(series, notes);
    }

    private static void collect(NodePath<VectorSelector> path, Usage usage) {
        for (LabelMatcher matcher : path.node().matchers()) {
            usage.labels().add(matcher.name());
            if (matcher.name().equals("job") && matcher.type() == MatchType.EQUAL && !matcher.value().isEmpty()) {
                usage.jobs().add(matcher.value());
            }
        }
        for (Expr ancestor : path.ancestors()) {
            if (ancestor instanceof Aggregate aggregate) {
                usage.labels().addAll(aggregate.grouping());
            } else if (ancestor instanceof Binary binary && binary.matching() != null) {
                usage.labels().addAll(binary.matching().matchingLabels());
                usage.labels().addAll(binary.matching().include());
            }
        }
    }

    private List<InferredMetric> metrics(Map<String, Usage> series, ImportNotes notes) {
        Map<String, MetricType> types = new TreeMap<>();
        Map<String, String> comments = new TreeMap<>();
        Map<String, Usage> usages = new TreeMap<>();
        for (Map.Entry<String, Usage> entry : series.entrySet()) {
            String name = entry.getKey();
            Optional<CatalogEntry> known = catalog != null && catalog.names().contains(name)
                    ? catalog.lookup(name) : Optional.empty();
            if (known.isPresent() && known.get().recorded()) {
                notes.add("(metrics)", "series '" + name + "'", "the catalog knows it as recorded by a rule; no "
                        + "imported rule records it, so it is not declared and the rules reading it carry the finding");
                continue;
            }
            if (name.contains(":")) {
                notes.add("(metrics)", "series '" + name + "'", "is named like a recorded series but no imported rule "
                        + "records it; it is not declared, and the rules reading it carry the finding");
                continue;
            }
            if (name.startsWith("__")) {
                notes.add("(metrics)", "series '" + name + "'", "names starting with '__' are Prometheus' own; not declared");
                continue;
            }
            String metric = name;
            MetricType type;
            String comment = "";
            if (known.isPresent()) {
                metric = known.get().metric();
                type = known.get().type();
                if (known.get().labelsKnown()) {
                    entry.getValue().labels().addAll(known.get().labels());
                }
            } else {
                String base = histogramBase(name);
                if (base != null) {
                    metric = base;
                    type = series.containsKey(base) ? MetricType.SUMMARY : MetricType.HISTOGRAM;
                } else {
                    type = name.endsWith("_total") ? MetricType.COUNTER : MetricType.GAUGE;
                }
                comment = "type guessed from the name";
            }
            // The model wants a counter's name to end in _total and nothing else's to.
            if (type == MetricType.COUNTER && !metric.endsWith("_total")) {
                notes.add("(metrics)", "metric '" + metric + "'", "the catalog says counter, but the name does not end "
                        + "in '_total'; declared as a gauge, so rate() over it is reported on the rules that use it");
                type = MetricType.GAUGE;
                comment = "a counter per the catalog, declared as a gauge: the name lacks _total";
            } else if (type != MetricType.COUNTER && metric.endsWith("_total")) {
                notes.add("(metrics)", "metric '" + metric + "'", "the catalog says " + type.name().toLowerCase(Locale.ROOT)
                        + ", but the name ends in '_total'; declared as a counter");
                comment = "a " + type.name().toLowerCase(Locale.ROOT)
                        + " per the catalog, declared as a counter: the name ends in _total";
                type = MetricType.COUNTER;
            }
            types.put(metric, type);
            comments.put(metric, comment);
            Usage usage = usages.computeIfAbsent(metric, n -> new Usage(new TreeSet<>(), new TreeSet<>()));
            usage.labels().addAll(entry.getValue().labels());
            usage.jobs().addAll(entry.getValue().jobs());
        }
        // A bare name read as a gauge that turned out to be a summary's quantiles is declared once, as the summary.
        types.forEach((metric, type) -> {
            if (type == MetricType.SUMMARY) {
                Usage bare = series.get(metric);
                if (bare != null) {
                    usages.get(metric).labels().addAll(bare.labels());
                    usages.get(metric).jobs().addAll(bare.jobs());
                }
            }
        });
        List<InferredMetric> metrics = new ArrayList<>();
        for (Map.Entry<String, MetricType> entry : types.entrySet()) {
            String metric = entry.getKey();
            MetricType type = entry.getValue();
            Usage usage = usages.get(metric);
            SortedSet<String> labels = new TreeSet<>(usage.labels());
            labels.removeAll(IMPLICIT_LABELS);
            if (type == MetricType.HISTOGRAM) {
                labels.remove("le");
            } else if (type == MetricType.SUMMARY) {
                labels.remove("quantile");
            }
            labels.removeIf(label -> !label.matches("[a-zA-Z_][a-zA-Z0-9_]*") || label.startsWith("__"));
            String job = usage.jobs().isEmpty() ? PLACEHOLDER_JOB : usage.jobs().first();
            if (usage.jobs().size() > 1) {
                notes.add("(metrics)", "metric '" + metric + "'", "is read with job values " + usage.jobs()
                        + "; the model names one scrape job per metric, so it is declared under '" + job + "'");
            }
            Unit unit = Unit.fromName(metric).orElse(Unit.NONE);
            metrics.add(new InferredMetric(metric, type, unit, labels, job, comments.get(metric)));
        }
        return metrics;
    }

    private static String histogramBase(String name) {
        for (String suffix : List.of("_bucket", "_sum", "_count")) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return null;
    }
}
