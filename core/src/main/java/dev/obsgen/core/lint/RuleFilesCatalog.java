package dev.obsgen.core.lint;

import dev.obsgen.core.check.promql.CatalogEntry;
import dev.obsgen.core.check.promql.MetricCatalog;
import dev.obsgen.core.check.promql.ModelCatalog;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A catalog that lists every series, with the series the linted files' own recording rules write added: their
 * alerts read them. Labels are inferred as the model's catalog infers those of its recording rules, in file order.
 */
final class RuleFilesCatalog implements MetricCatalog {
    private final MetricCatalog catalog;
    private final Map<String, CatalogEntry> recorded = new TreeMap<>();

    private RuleFilesCatalog(MetricCatalog catalog) {
        this.catalog = catalog;
    }

    /** The catalog as it is when it does not list every series: a name it lacks is no error then anyway. */
    static MetricCatalog of(MetricCatalog catalog, List<RuleSource> rules) {
        if (!catalog.complete()) {
            return catalog;
        }
        RuleFilesCatalog withRules = new RuleFilesCatalog(catalog);
        for (RuleSource rule : rules) {
            if (!rule.isAlert() && rule.record() != null && catalog.lookup(rule.record()).isEmpty()) {
                withRules.recorded.putIfAbsent(rule.record(),
                        ModelCatalog.recorded(rule.record(), rule.expr(), rule.labels().keySet(), withRules));
            }
        }
        return withRules;
    }

    @Override
    public Optional<CatalogEntry> lookup(String seriesName) {
        Optional<CatalogEntry> entry = catalog.lookup(seriesName);
        return entry.isPresent() ? entry : Optional.ofNullable(recorded.get(seriesName));
    }

    @Override
    public boolean complete() {
        return true;
    }

    @Override
    public Collection<String> names() {
        Set<String> names = new TreeSet<>(catalog.names());
        names.addAll(recorded.keySet());
        return names;
    }
}
