package dev.obsgen.model;

import java.util.List;
import java.util.Map;

/**
 * Global Prometheus settings: default scrape and evaluation intervals, external labels, and the Alertmanagers
 * ({@code host:port}) alerts are sent to.
 */
public record PrometheusSettings(String scrapeInterval, String scrapeTimeout, String evaluationInterval,
                                 Map<String, String> externalLabels, List<String> alertmanagers) {
    public PrometheusSettings {
        externalLabels = Values.sorted(externalLabels);
        alertmanagers = Values.list(alertmanagers);
    }

    public static PrometheusSettings defaults() {
        return new PrometheusSettings("30s", "10s", "30s", Map.of(), List.of("alertmanager:9093"));
    }

    public PrometheusSettings withAlertmanagers(List<String> targets) {
        return new PrometheusSettings(scrapeInterval, scrapeTimeout, evaluationInterval, externalLabels, targets);
    }

    public PrometheusSettings withIntervals(String scrape, String timeout, String evaluation) {
        return new PrometheusSettings(scrape, timeout, evaluation, externalLabels, alertmanagers);
    }

    public PrometheusSettings withExternalLabels(Map<String, String> labels) {
        return new PrometheusSettings(scrapeInterval, scrapeTimeout, evaluationInterval, labels, alertmanagers);
    }
}
