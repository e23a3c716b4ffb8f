package dev.obsgen.model;

import java.util.List;
import java.util.Map;

/**
 * Global Prometheus settings: default scrape and evaluation intervals, external labels, the Alertmanagers
 * ({@code host:port}) alerts are sent to, and the label that names the team owning an alert ({@code team} unless
 * set), which obsgen sets on every team alert and teams' routes match on.
 */
public record PrometheusSettings(String scrapeInterval, String scrapeTimeout, String evaluationInterval,
                                 Map<String, String> externalLabels, List<String> alertmanagers, String ownerLabel) {
    public static final String OWNER_LABEL = "team";

    public PrometheusSettings {
        externalLabels = Values.sorted(externalLabels);
        alertmanagers = Values.list(alertmanagers);
    }

    public PrometheusSettings(String scrapeInterval, String scrapeTimeout, String evaluationInterval,
                              Map<String, String> externalLabels, List<String> alertmanagers) {
        this(scrapeInterval, scrapeTimeout, evaluationInterval, externalLabels, alertmanagers, OWNER_LABEL);
    }

    public static PrometheusSettings defaults() {
        return new PrometheusSettings("30s", "10s", "30s", Map.of(), List.of("alertmanager:9093"));
    }

    public PrometheusSettings withOwnerLabel(String label) {
        return new PrometheusSettings(scrapeInterval, scrapeTimeout, evaluationInterval, externalLabels, alertmanagers,
                label);
    }

    /** These settings with alerts sent to {@code targets} instead of the Alertmanagers they name. */
    public PrometheusSettings sendingAlertsTo(List<String> targets) {
        return new PrometheusSettings(scrapeInterval, scrapeTimeout, evaluationInterval, externalLabels, targets, ownerLabel);
    }

    public PrometheusSettings withIntervals(String scrape, String timeout, String evaluation) {
        return new PrometheusSettings(scrape, timeout, evaluation, externalLabels, alertmanagers, ownerLabel);
    }
}
