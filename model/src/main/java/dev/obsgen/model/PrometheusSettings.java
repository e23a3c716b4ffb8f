package dev.obsgen.model;

import java.util.List;
import java.util.Map;

/**
 * Global Prometheus settings: default scrape and evaluation intervals, external labels, the Alertmanagers
 * ({@code host:port}) alerts are sent to, the label that names the team owning an alert ({@code team} unless
 * set), which obsgen sets on every team alert and teams' routes match on, and the URL Grafana queries Prometheus at
 * ({@code queryUrl}, such as {@code http://prometheus:9090}). The URL has no default: a model with dashboards must
 * say where its Prometheus answers, and one without dashboards needs none.
 */
public record PrometheusSettings(String scrapeInterval, String scrapeTimeout, String evaluationInterval,
                                 Map<String, String> externalLabels, List<String> alertmanagers, String ownerLabel,
                                 @Nullable String queryUrl) {
    public static final String OWNER_LABEL = "team";

    public PrometheusSettings {
        externalLabels = Values.sorted(externalLabels);
        alertmanagers = Values.list(alertmanagers);
    }

    public PrometheusSettings(String scrapeInterval, String scrapeTimeout, String evaluationInterval,
                              Map<String, String> externalLabels, List<String> alertmanagers) {
        this(scrapeInterval, scrapeTimeout, evaluationInterval, externalLabels, alertmanagers, OWNER_LABEL, null);
    }

    public static PrometheusSettings defaults() {
        return new PrometheusSettings("30s", "10s", "30s", Map.of(), List.of("alertmanager:9093"));
    }

    public PrometheusSettings withOwnerLabel(String label) {
        return new PrometheusSettings(scrapeInterval, scrapeTimeout, evaluationInterval, externalLabels, alertmanagers,
                label, queryUrl);
    }

    /** Where Grafana's Prometheus data source points, such as {@code http://prometheus:9090}. */
    public PrometheusSettings withQueryUrl(String url) {
        return new PrometheusSettings(scrapeInterval, scrapeTimeout, evaluationInterval, externalLabels, alertmanagers,
                ownerLabel, url);
    }

    /** These settings with alerts sent to {@code targets} instead of the Alertmanagers they name. */
    public PrometheusSettings sendingAlertsTo(List<String> targets) {
        return new PrometheusSettings(scrapeInterval, scrapeTimeout, evaluationInterval, externalLabels, targets, ownerLabel,
                queryUrl);
    }

    public PrometheusSettings withIntervals(String scrape, String timeout, String evaluation) {
        return new PrometheusSettings(scrape, timeout, evaluation, externalLabels, alertmanagers, ownerLabel, queryUrl);
    }
}
