package dev.obsgen.model.collection;

import java.util.Objects;

/**
 * The Prometheus that scrapes what the Collector exports: the model's scrape job of that name must target
 * {@code scrapeTarget}, so {@code prometheus.yml} and the Collector config agree.
 */
public record PrometheusStore(String name, String description, String scrapeJob, String scrapeTarget) implements Store {
    public PrometheusStore {
        Objects.requireNonNull(name, "store name");
        Objects.requireNonNull(scrapeJob, "scrape job of store " + name);
        Objects.requireNonNull(scrapeTarget, "scrape target of store " + name);
        description = description == null ? "" : description;
    }
}
