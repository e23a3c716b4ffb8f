package dev.obsgen.core.render.catalog;

import dev.obsgen.core.check.promql.CatalogEntry;
import dev.obsgen.core.check.promql.CatalogFile;
import dev.obsgen.core.check.promql.ModelCatalog;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.Renderer;
import dev.obsgen.core.render.elasticsearch.JsonText;
import dev.obsgen.core.slo.SloRules;
import dev.obsgen.core.team.TeamView;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.NotificationPolicy;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.alerting.SeverityRoute;
import dev.obsgen.model.metric.Label;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.rule.RecordingRule;
import dev.obsgen.model.rule.RuleGroup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code obsgen-catalog.json}: what the model's checks know, for tools that have no model, such as
 * {@code obsgen lint --catalog}: every metric with its series, labels, declared values and scrape interval, every
 * recorded series with the labels its expression leaves, the series Prometheus writes itself, and the severities
 * the routing knows. A team's catalog is what the team can read: the platform's and its own. The series and their
 * labels come from {@link ModelCatalog}, so the file says exactly what the model's own checks see.
 */
public final class CatalogFileRenderer implements Renderer {
    @Override
    public List<GeneratedFile> render(Observability model, RenderSettings settings) {
        // A team reads the platform's metrics and recorded series: the union its elements are checked in.
        Observability readable = model.isTeam() ? SloRules.expand(TeamView.union(model.team().platform(), model)) : model;
        ModelCatalog catalog = ModelCatalog.of(readable);
        Map<String, Metric> metrics = new TreeMap<>();
        readable.metrics().forEach(metric -> metrics.putIfAbsent(metric.name(), metric));
        Map<String, String> recordingGroups = new TreeMap<>();
        for (RuleGroup group : readable.ruleGroups()) {
            for (RecordingRule rule : group.recordingRules()) {
                recordingGroups.putIfAbsent(rule.name(), group.name());
            }
        }
        Map<String, List<Map<String, Object>>> seriesOfMetric = new TreeMap<>();
        List<Map<String, Object>> recorded = new ArrayList<>();
        List<Map<String, Object>> prometheus = new ArrayList<>();
        for (String name : catalog.names()) {
            CatalogEntry entry = catalog.lookup(name).orElseThrow();
            if (!entry.recorded() && metrics.containsKey(entry.metric())) {
                Map<String, Object> series = new TreeMap<>();
                series.put(CatalogFile.NAME, name);
                series.put(CatalogFile.ROLE, entry.role().name().toLowerCase(Locale.ROOT));
                series.put(CatalogFile.LABELS, labels(entry));
                seriesOfMetric.computeIfAbsent(entry.metric(), key -> new ArrayList<>()).add(series);
            } else if (entry.recorded() && recordingGroups.containsKey(name)) {
                Map<String, Object> series = new TreeMap<>();
                series.put(CatalogFile.NAME, name);
                series.put(CatalogFile.GROUP, recordingGroups.get(name));
                series.put(CatalogFile.LABELS, labels(entry));
                recorded.add(series);
            } else {
                Map<String, Object> series = new TreeMap<>();
                series.put(CatalogFile.NAME, name);
                series.put(CatalogFile.WRITTEN_FOR, entry.recorded() ? CatalogFile.FOR_ALERTS : CatalogFile.FOR_TARGETS);
                series.put(CatalogFile.LABELS, labels(entry));
                prometheus.add(series);
            }
        }
        List<Map<String, Object>> metricEntries = new ArrayList<>();
        for (Metric metric : metrics.values()) {
            List<Map<String, Object>> series = seriesOfMetric.getOrDefault(metric.name(), List.of());
            Long interval = series.isEmpty() ? null
                    : catalog.lookup((String) series.get(0).get(CatalogFile.NAME)).orElseThrow().scrapeIntervalMillis();
            metricEntries.add(metric(metric, series, interval));
        }
        Map<String, Object> document = new TreeMap<>();
        document.put(CatalogFile.GENERATED_BY, CatalogFile.GENERATOR);
        document.put(CatalogFile.FORMAT, CatalogFile.FORMAT_VERSION);
        document.put(CatalogFile.NOTICE, settings.header());
        document.put(CatalogFile.OWNER, (model.isTeam() ? "team " : "platform ") + model.name());
        document.put(CatalogFile.METRICS, metricEntries);
        document.put(CatalogFile.RECORDED, recorded);
        document.put(CatalogFile.PROMETHEUS, prometheus);
        document.put(CatalogFile.ROUTING, routing(readable.notifications()));
        return List.of(GeneratedFile.text(CatalogFile.PATH, JsonText.write(document)));
    }

    private static Map<String, Object> metric(Metric metric, List<Map<String, Object>> series, Long interval) {
        Map<String, Object> entry = new TreeMap<>();
        entry.put(CatalogFile.NAME, metric.name());
        entry.put(CatalogFile.TYPE, metric.type().exposition());
        entry.put(CatalogFile.UNIT, metric.unit().name().toLowerCase(Locale.ROOT));
        entry.put(CatalogFile.HELP, metric.help());
        entry.put(CatalogFile.JOB, metric.job());
        entry.put(CatalogFile.SCRAPE_INTERVAL, interval == null ? null : duration(interval));
        entry.put(CatalogFile.LABELS, metric.labels().stream().map(Label::name).sorted().toList());
        Map<String, List<String>> values = new TreeMap<>();
        for (Label label : metric.labels()) {
            if (label.isEnumerated()) {
                values.put(label.name(), label.values().stream().sorted().toList());
            }
        }
        entry.put(CatalogFile.LABEL_VALUES, values);
        entry.put(CatalogFile.SERIES, series);
        return entry;
    }

    private static List<String> labels(CatalogEntry entry) {
        return entry.labelsKnown() ? entry.labels().stream().sorted().toList() : null;
    }

    // Routes most urgent first, as the severities are declared: lint names them in that order, as the model's checks do.
    private static Map<String, Object> routing(NotificationPolicy policy) {
        if (policy == null) {
            return null;
        }
        Map<String, Object> routing = new TreeMap<>();
        routing.put(CatalogFile.DEFAULT_RECEIVER, policy.defaultReceiver());
        routing.put(CatalogFile.RECEIVERS, policy.receivers().stream().map(Receiver::name).sorted().distinct().toList());
        List<Map<String, Object>> routes = new ArrayList<>();
        for (SeverityRoute route : policy.routes().stream()
                .sorted(Comparator.comparing(SeverityRoute::severity).thenComparing(SeverityRoute::receiver)).toList()) {
            Map<String, Object> entry = new TreeMap<>();
            entry.put(CatalogFile.SEVERITY, route.severity().label());
            entry.put(CatalogFile.RECEIVER, route.receiver());
            routes.add(entry);
        }
        routing.put(CatalogFile.ROUTES, routes);
        return routing;
    }

    /** A Prometheus duration in its largest whole unit: 15s, 1m, 2h. */
    static String duration(long millis) {
        long[] sizes = {3_600_000, 60_000, 1_000};
        String[] units = {"h", "m", "s"};
        for (int i = 0; i < sizes.length; i++) {
            if (millis % sizes[i] == 0) {
                return millis / sizes[i] + units[i];
            }
        }
        return millis + "ms";
    }
}
