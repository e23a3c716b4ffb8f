package dev.obsgen.core.render.prometheus;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/** The shape of {@code prometheus.yml}, limited to what the model expresses. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"global", "rule_files", "alerting", "scrape_configs"})
record PrometheusConfigDocument(Global global, List<String> ruleFiles, Alerting alerting, List<ScrapeConfig> scrapeConfigs) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"scrape_interval", "scrape_timeout", "evaluation_interval", "external_labels"})
    record Global(String scrapeInterval, String scrapeTimeout, String evaluationInterval, Map<String, String> externalLabels) {
    }

    record Alerting(List<AlertmanagerEndpoint> alertmanagers) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"api_version", "static_configs"})
    record AlertmanagerEndpoint(String apiVersion, List<StaticConfig> staticConfigs) {
    }

    @JsonPropertyOrder({"targets", "labels"})
    record StaticConfig(List<String> targets, Map<String, String> labels) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"job_name", "scrape_interval", "scrape_timeout", "metrics_path", "scheme",
        "kubernetes_sd_configs", "ec2_sd_configs", "static_configs", "relabel_configs"})
    record ScrapeConfig(String jobName, String scrapeInterval, String scrapeTimeout, String metricsPath, String scheme,
                        List<KubernetesSdConfig> kubernetesSdConfigs, List<Ec2SdConfig> ec2SdConfigs,
                        List<StaticConfig> staticConfigs, List<RelabelConfig> relabelConfigs) {
    }

    @JsonPropertyOrder({"role", "namespaces"})
    record KubernetesSdConfig(String role, Namespaces namespaces) {
    }

    record Namespaces(List<String> names) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"region", "port", "refresh_interval", "filters"})
    record Ec2SdConfig(String region, Integer port, String refreshInterval, List<Ec2Filter> filters) {
    }

    @JsonPropertyOrder({"name", "values"})
    record Ec2Filter(String name, List<String> values) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"source_labels", "separator", "regex", "target_label", "replacement", "action"})
    record RelabelConfig(List<String> sourceLabels, String separator, String regex, String targetLabel,
                         String replacement, String action) {
    }
}
