package dev.obsgen.core.check.promql;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * What the checks know about series names. The model gives a typed catalog with labels; without a model, names
 * alone (a {@code _total} suffix is a counter) or a metadata file give less, and checks that need more stay quiet.
 */
public interface MetricCatalog {
    Optional<CatalogEntry> lookup(String seriesName);

    /**
     * Whether a name missing from the catalog is an error: true only when the catalog lists every series, which a
     * catalog says by overriding this.
     */
    default boolean complete() {
        return false;
    }

    Collection<String> names();

    /** The declared name closest to a misspelt one, for the message. */
    default Optional<String> closest(String name) {
        return names().stream()
                .min(Comparator.comparingInt((String candidate) -> EditDistance.between(name, candidate))
                        .thenComparing(Comparator.naturalOrder()))
                .filter(candidate -> EditDistance.between(name, candidate) <= Math.max(3, name.length() / 3));
    }
}
