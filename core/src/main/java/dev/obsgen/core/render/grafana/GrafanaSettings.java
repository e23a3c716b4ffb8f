package dev.obsgen.core.render.grafana;

import java.util.Objects;

/**
 * Where Grafana finds its data sources and which release it runs. The URLs are the in-cluster service names of
 * the stack obsgen generates for; secrets are never settings, they come from environment variables at
 * provisioning time.
 */
public record GrafanaSettings(GrafanaVersion version, String prometheusUrl, String jaegerUrl, String elasticsearchUrl,
                              String elasticsearchIndex, String cloudwatchRegion) {
    public GrafanaSettings {
        Objects.requireNonNull(version, "Grafana version");
        Objects.requireNonNull(prometheusUrl, "Prometheus URL");
        Objects.requireNonNull(jaegerUrl, "Jaeger URL");
        Objects.requireNonNull(elasticsearchUrl, "Elasticsearch URL");
        Objects.requireNonNull(elasticsearchIndex, "Elasticsearch index");
        Objects.requireNonNull(cloudwatchRegion, "CloudWatch region");
    }

    public static GrafanaSettings defaults() {
        return new GrafanaSettings(GrafanaVersion.DEFAULT, "http://prometheus:9090", "http://jaeger-query:16686",
                "http://elasticsearch:9200", "logs-*", "us-east-1");
    }

    public GrafanaSettings withVersion(GrafanaVersion value) {
        return new GrafanaSettings(value, prometheusUrl, jaegerUrl, elasticsearchUrl, elasticsearchIndex, cloudwatchRegion);
    }
}
