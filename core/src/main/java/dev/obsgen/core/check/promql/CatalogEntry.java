package dev.obsgen.core.check.promql;

import dev.obsgen.model.metric.MetricType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a catalog knows of one series name: the metric it belongs to, its type and role, and, where known, its
 * labels (null: unknown), the values each label may take, and how often it is scraped.
 */
public record CatalogEntry(String series, String metric, MetricType type, SeriesRole role, Set<String> labels,
                           Map<String, List<String>> allowedValues, Long scrapeIntervalMillis, boolean recorded) {
    public CatalogEntry {
        labels = labels == null ? null : Set.copyOf(labels);
        allowedValues = allowedValues == null ? Map.of() : Map.copyOf(allowedValues);
    }

    public boolean labelsKnown() {
        return labels != null;
    }

    public boolean isCounterLike() {
        return type != null && role.isCounterLike(type);
    }

    public Optional<Long> scrapeInterval() {
        return Optional.ofNullable(scrapeIntervalMillis);
    }
}
