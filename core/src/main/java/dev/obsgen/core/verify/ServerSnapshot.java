package dev.obsgen.core.verify;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one Prometheus server said about the parts of a model: the scrape interval of each configured job, the
 * active targets of each job, the loaded rules, the metric names each of the model's jobs exposes, and for each
 * declared metric a bounded sample of its series, its label names, the values of its closed-set labels and its
 * metadata.
 *
 * @param jobIntervals the configured scrape interval of every job of the server's configuration, by job name
 * @param targets      the active targets of each job (scrape pool)
 * @param rules        every loaded rule
 * @param exposed      the metric names each job of the model that the server scrapes exposes
 * @param metrics      what the server holds of each declared metric, by {@link #key(String, String)}
 */
record ServerSnapshot(Map<String, String> jobIntervals, Map<String, List<ActiveTarget>> targets,
                      List<ServerRule> rules, Map<String, Exposed> exposed, Map<String, MetricSeen> metrics) {

    /** One active target: the address it was discovered at, and how its last scrape went. */
    record ActiveTarget(String address, String health, String lastError) {
    }

    /** One loaded rule: an alert or a recording rule, with the expression as the server prints it. */
    record ServerRule(String group, String name, boolean alert, String query) {
    }

    /** The metric names a job exposes (at most {@link PrometheusReader#MAX_NAMES}). */
    record Exposed(Set<String> names) {
    }

    /** One metadata entry: the type and unit a target announced for a metric name. */
    record Metadata(String type, String unit) {
    }

    /**
     * A declared metric as the server holds it for its job: a sample of its series, every label name on them,
     * the values of each closed-set label, and the metadata of the job's targets.
     */
    record MetricSeen(List<Map<String, String>> sample, Set<String> labelNames,
                      Map<String, List<String>> labelValues, List<Metadata> metadata) {
        boolean present() {
            return !sample.isEmpty();
        }
    }

    static String key(String job, String metric) {
        return job + "\u0000" + metric;
    }

    boolean scrapes(String job) {
        return jobIntervals.containsKey(job);
    }

    Optional<MetricSeen> metric(String job, String metric) {
        return Optional.ofNullable(metrics.get(key(job, metric)));
    }
}
