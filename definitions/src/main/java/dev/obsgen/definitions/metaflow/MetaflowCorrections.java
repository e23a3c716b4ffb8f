package dev.obsgen.definitions.metaflow;

import dev.obsgen.model.DesignCorrection;
import java.util.List;

/** Every place the model departs from the Metaflow observability design, and why. */
public final class MetaflowCorrections {
    private MetaflowCorrections() {
    }

    public static List<DesignCorrection> all() {
        return List.of(
                new DesignCorrection("alert HighRunFailureRate",
                        "rate(metaflow_runs_total{status=\"failed\"}[1h]) / rate(metaflow_runs_total[1h]) > 0.1",
                        "sum by (flow_name, namespace) of both sides before dividing",
                        "one-to-one matching on every label pairs the failed series with itself, so the ratio is 1 "
                                + "whenever any run failed and the alert fires on a single failure"),
                new DesignCorrection("alert ArtifactUploadLatencyHigh",
                        "histogram_quantile(0.99, rate(metaflow_artifact_upload_seconds_bucket[5m]))",
                        "histogram_quantile(0.99, sum by (le) (rate(...)))",
                        "without summing by le the quantile is computed per worker and flow, not for the service"),
                new DesignCorrection("alert MetadataServiceDown",
                        "up{job=\"metaflow-metadata-service\"} == 0",
                        "max by (job) (up{...}) == 0 or absent(up{...})",
                        "one replica down is not the service down, and when no replica is discovered up has no series "
                                + "at all, so the design's alert never fires in the worst case"),
                new DesignCorrection("alerts PostgresConnectionsNearLimit, StorageQuotaExceeded, ArtifactUploadLatencyHigh",
                        "no description, and no runbook for two of them",
                        "every alert has a summary, a templated description and a runbook",
                        "whoever is paged needs to know what is affected and what to do"),
                new DesignCorrection("metrics postgres_query_errors, k8s_pod_restarts",
                        "counters without the _total suffix",
                        "postgres_query_errors_total, k8s_pod_restarts_total",
                        "a counter's name ends in _total, so readers and linters know to rate() it"),
                new DesignCorrection("metric s3_request_rate",
                        "a metric",
                        "the counter s3_requests_total and the recording rule job:s3_requests:rate5m",
                        "applications expose counters; rates are computed by Prometheus"),
                new DesignCorrection("RED metrics",
                        "metadata_requests_per_second, metadata_error_rate, ... as metric names",
                        "recording rules named level:metric:operations, with the design's name kept beside each",
                        "they are computed from counters and histograms; the convention says what was aggregated and how"),
                new DesignCorrection("metrics used but not declared",
                        "metaflow_artifact_upload_seconds, metaflow_storage_used_bytes, metaflow_storage_quota_bytes, "
                                + "postgres_max_connections, metadata_latency_seconds, s3_requests_total",
                        "declared with type, unit, labels and scrape job, with metadata_requests_total, "
                                + "metaflow_artifact_operations_total and the task CPU and memory metrics",
                        "every query is checked against declared metrics; the RED rules and dashboards need them"),
                new DesignCorrection("scrape jobs",
                        "two jobs",
                        "a third job, metaflow-cloud-exporter, for AWS Batch, Kubernetes and storage figures",
                        "those figures come from the cloud APIs, not from the metadata service or the workers"),
                new DesignCorrection("target labels of the metadata service job",
                        "(unspecified)",
                        "the pod's namespace is kept as kubernetes_namespace",
                        "the Metaflow metrics carry their own namespace label, which a namespace target label would "
                                + "rename to exported_namespace"),
                new DesignCorrection("severity info",
                        "dashboard only, with no alert of that severity",
                        "the info alert FlowRunsResumed, routed to a receiver that notifies nobody",
                        "so that the info route is exercised and tested"),
                new DesignCorrection("inhibition",
                        "(none)",
                        "MetadataServiceDown silences HighRunFailureRate",
                        "runs fail while the metadata service is down; one page explains both"));
    }
}
