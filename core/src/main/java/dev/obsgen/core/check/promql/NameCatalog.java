package dev.obsgen.core.check.promql;

import dev.obsgen.model.metric.MetricType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A catalog from names alone, for rule files without a model: {@code _total} is a counter, {@code _bucket} a
 * histogram's buckets, {@code _count} and {@code _sum} counters of a histogram or summary. Labels are unknown, and a
 * name it cannot place is not an error.
 */
public final class NameCatalog implements MetricCatalog {
    @Override
    public Optional<CatalogEntry> lookup(String name) {
        if (name.endsWith("_total")) {
            return Optional.of(entry(name, name, MetricType.COUNTER, SeriesRole.VALUE));
        }
        if (name.endsWith("_bucket")) {
            return Optional.of(entry(name, strip(name, "_bucket"), MetricType.HISTOGRAM, SeriesRole.BUCKET));
        }
        if (name.endsWith("_count")) {
            return Optional.of(entry(name, strip(name, "_count"), MetricType.SUMMARY, SeriesRole.COUNT));
        }
        if (name.endsWith("_sum")) {
            return Optional.of(entry(name, strip(name, "_sum"), MetricType.SUMMARY, SeriesRole.SUM));
        }
        return Optional.empty();
    }

    private static CatalogEntry entry(String series, String metric, MetricType type, SeriesRole role) {
        return new CatalogEntry(series, metric, type, role, null, Map.of(), null, false);
    }

    private static String strip(String name, String suffix) {
        return name.substring(0, name.length() - suffix.length());
    }

    @Override
    public Collection<String> names() {
        return List.of();
    }
}
