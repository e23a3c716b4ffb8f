package dev.obsgen.core.check.promql;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A catalog that lists every series, a model's or one read from the catalog file a generation writes: a name it does
 * not list is an error.
 */
abstract class ListedCatalog implements MetricCatalog {
    private final Map<String, CatalogEntry> entries = new TreeMap<>();

    /** Adds the entry unless its series is listed already; true when it was added. */
    final boolean add(CatalogEntry entry) {
        return entries.putIfAbsent(entry.series(), entry) == null;
    }

    @Override
    public Optional<CatalogEntry> lookup(String seriesName) {
        return Optional.ofNullable(entries.get(seriesName));
    }

    @Override
    public boolean complete() {
        return true;
    }

    @Override
    public Collection<String> names() {
        return entries.keySet();
    }
}
