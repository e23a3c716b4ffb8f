package dev.obsgen.core.importer;

import dev.obsgen.model.metric.MetricType;
import dev.obsgen.model.metric.Unit;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A metric the imported expressions read, as the model declares it.
 *
 * @param job     the scrape job that collects it: the {@code job} value its selectors match, or the placeholder job
 * @param comment why its type is what it is when that is a guess, or empty
 */
public record InferredMetric(String name, MetricType type, Unit unit, SortedSet<String> labels, String job,
                             String comment) {
    public InferredMetric {
        labels = new TreeSet<>(labels);
        comment = comment == null ? "" : comment;
    }
}
