package dev.obsgen.core.check;

/** What a check can run on: a whole model, or the rule files and dashboard files lint reads without one. */
public enum CheckInput {
    /** A model: metrics, rules, routing, dashboards, logs, traces and collection together. */
    MODEL,
    /** Rule groups read from Prometheus rule files or {@code PrometheusRule} manifests, with no metrics declared. */
    RULE_FILES,
    /** Dashboards read from Grafana dashboard JSON files. */
    DASHBOARD_FILES
}
