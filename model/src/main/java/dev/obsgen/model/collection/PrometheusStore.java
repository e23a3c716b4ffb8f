package dev.obsgen.model.collection;

/**
 * The Prometheus that scrapes what the Collector exports: the model's scrape job of that name must target
 * {@code scrapeTarget}, so {@code prometheus.yml} and the Collector config agree.
 */
public record PrometheusStore(String name, String description, String scrapeJob, String scrapeTarget) implements Store {
    public PrometheusStore {
        description = description == null ? "" : description;
    }
}
