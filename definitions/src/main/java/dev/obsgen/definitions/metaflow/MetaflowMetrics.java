package dev.obsgen.definitions.metaflow;

import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.metric.Unit;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every metric of the Metaflow design: the key metrics, the USE metrics of each resource, and the metrics the
 * design uses in alerts and dashboards without declaring them.
 */
public final class MetaflowMetrics {
    private MetaflowMetrics() {
    }

    static final String METADATA_JOB = MetaflowScrapeJobs.METADATA_SERVICE;
    static final String WORKERS_JOB = MetaflowScrapeJobs.WORKERS;
    static final String CLOUD_JOB = MetaflowScrapeJobs.CLOUD_EXPORTER;

    static final String[] RUN_STATUSES = {"completed", "failed", "killed"};
    static final String[] STEP_STATUSES = {"completed", "failed"};

    /** A metric of the design by name, for panels and rules that show it; throws when there is none. */
    public static Metric named(String name) {
        return Stream.of(keyMetrics(), useMetrics(), undeclaredByDesign())
                .flatMap(List::stream)
                .filter(m -> m.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no Metaflow metric " + name));
    }

    /** The key metrics table of the design. */
    public static List<Metric> keyMetrics() {
        return List.of(
                Metric.counter("metaflow_runs_total").help("Finished runs, by status.")
                        .withLabels("flow_name").withLabel("status", RUN_STATUSES).withLabels("namespace")
                        .job(METADATA_JOB).build(),
                Metric.gauge("metaflow_runs_active").help("Runs executing now.")
                        .withLabels("flow_name", "namespace").job(METADATA_JOB).build(),
                Metric.histogram("metaflow_run_duration_seconds").help("Duration of finished runs.").unit(Unit.SECONDS)
                        .withLabels("flow_name").withLabel("status", RUN_STATUSES)
                        .buckets(60, 300, 900, 1800, 3600, 7200, 14400, 28800, 86400).job(METADATA_JOB).build(),
                Metric.counter("metaflow_steps_total").help("Steps executed, by outcome.")
                        .withLabels("flow_name", "step_name").withLabel("status", STEP_STATUSES).job(WORKERS_JOB).build(),
                Metric.histogram("metaflow_step_duration_seconds").help("Duration of steps.").unit(Unit.SECONDS)
                        .withLabels("flow_name", "step_name")
                        .buckets(1, 5, 15, 60, 300, 900, 1800, 3600, 7200, 14400).job(WORKERS_JOB).build(),
                Metric.counter("metaflow_tasks_total").help("Tasks executed, by outcome.")
                        .withLabels("flow_name", "step_name").withLabel("status", STEP_STATUSES).job(WORKERS_JOB).build(),
                Metric.histogram("metaflow_foreach_cardinality").help("Number of items a foreach fans out to.")
                        .withLabels("flow_name", "step_name")
                        .buckets(1, 2, 5, 10, 50, 100, 500, 1000, 5000, 10000).job(WORKERS_JOB).build(),
                Metric.counter("metaflow_artifacts_total").help("Artifacts created.")
                        .withLabels("flow_name").job(WORKERS_JOB).build(),
                Metric.histogram("metaflow_artifact_size_bytes").help("Size of artifacts created.").unit(Unit.BYTES)
                        .withLabels("flow_name")
                        .buckets(1024, 65536, 1048576, 16777216, 134217728, 1073741824, 10737418240.0)
                        .job(WORKERS_JOB).build(),
                Metric.counter("metaflow_retries_total").help("Task retries, by the error that caused them.")
                        .withLabels("flow_name", "step_name", "error_type").job(WORKERS_JOB).build(),
                Metric.counter("metaflow_checkpoints_total").help("Checkpoints saved.")
                        .withLabels("flow_name", "step_name").job(WORKERS_JOB).build(),
                Metric.counter("metaflow_resume_total").help("Resume operations, by whether they succeeded.")
                        .withLabels("flow_name").withLabel("success", "true", "false").job(METADATA_JOB).build());
    }

    /** Utilisation, saturation and errors of each resource the design names. */
    public static List<Metric> useMetrics() {
        return List.of(
                Metric.gauge("metadata_cpu_percent").help("CPU used by the metadata service, in percent of its limit.")
                        .unit(Unit.PERCENT).job(METADATA_JOB).build(),
                Metric.gauge("metadata_request_queue_length").help("Requests waiting for a metadata service worker.")
                        .job(METADATA_JOB).build(),
                Metric.counter("metadata_errors_total").help("Metadata API requests that failed.")
                        .withLabels("endpoint", "code").job(METADATA_JOB).build(),
                Metric.gauge("postgres_active_connections").help("Open connections of the metadata database.")
                        .job(METADATA_JOB).build(),
                Metric.gauge("postgres_waiting_queries").help("Queries waiting for a lock or a connection.")
                        .job(METADATA_JOB).build(),
                Metric.counter("postgres_query_errors_total").help("Queries of the metadata service that failed.")
                        .job(METADATA_JOB)
                        .designNote("The design names it postgres_query_errors; a counter's name ends in _total.").build(),
                Metric.counter("s3_requests_total").help("Requests to the S3 datastore, by operation.")
                        .withLabel("operation", "GetObject", "PutObject", "HeadObject", "ListObjectsV2", "DeleteObject")
                        .job(WORKERS_JOB)
                        .designNote("The design lists s3_request_rate as a metric; a rate is computed from this counter "
                                + "by the recording rule job:s3_requests:rate5m.").build(),
                Metric.counter("s3_errors_total").help("Requests to the S3 datastore that failed.")
                        .withLabel("operation", "GetObject", "PutObject", "HeadObject", "ListObjectsV2", "DeleteObject")
                        .withLabels("code").job(WORKERS_JOB).build(),
                Metric.gauge("batch_running_jobs").help("AWS Batch jobs in the RUNNING state.")
                        .withLabels("job_queue").job(CLOUD_JOB).build(),
                Metric.gauge("batch_pending_jobs").help("AWS Batch jobs waiting to run (SUBMITTED, PENDING or RUNNABLE).")
                        .withLabels("job_queue").job(CLOUD_JOB).build(),
                Metric.gauge("batch_failed_jobs").help("AWS Batch jobs in the FAILED state, as the Batch API lists them.")
                        .withLabels("job_queue").job(CLOUD_JOB)
                        .designNote("A gauge: the Batch API reports how many jobs are in the FAILED state, not a running count.")
                        .build(),
                Metric.gauge("k8s_pod_cpu_usage").help("CPU cores used by a Metaflow pod.")
                        .withLabels("pod", "kubernetes_namespace").job(CLOUD_JOB).build(),
                Metric.gauge("k8s_pending_pods").help("Metaflow pods waiting to be scheduled.")
                        .withLabels("kubernetes_namespace").job(CLOUD_JOB).build(),
                Metric.counter("k8s_pod_restarts_total").help("Container restarts of Metaflow pods.")
                        .withLabels("pod", "kubernetes_namespace").job(CLOUD_JOB)
                        .designNote("The design names it k8s_pod_restarts; a counter's name ends in _total.").build());
    }

    /** Metrics the design's alerts, RED table and dashboards use without declaring them. */
    public static List<Metric> undeclaredByDesign() {
        String note = "Used by the design but never declared in it.";
        return List.of(
                Metric.counter("metadata_requests_total").help("Metadata API requests served.")
                        .withLabels("endpoint", "method", "code").job(METADATA_JOB)
                        .designNote(note + " The RED rate and error ratio of the metadata API need it.").build(),
                Metric.histogram("metadata_latency_seconds").help("Metadata API request latency.").unit(Unit.SECONDS)
                        .withLabels("endpoint").buckets(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
                        .job(METADATA_JOB).designNote(note + " Used by the Infrastructure dashboard's latency heatmap.")
                        .build(),
                Metric.gauge("postgres_max_connections").help("The max_connections setting of the metadata database.")
                        .job(METADATA_JOB).designNote(note + " PostgresConnectionsNearLimit divides by it.").build(),
                Metric.histogram("metaflow_artifact_upload_seconds").help("Time to upload an artifact to the datastore.")
                        .unit(Unit.SECONDS).withLabels("flow_name").buckets(0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120)
                        .job(WORKERS_JOB).designNote(note + " ArtifactUploadLatencyHigh reads its _bucket series.").build(),
                Metric.counter("metaflow_artifact_operations_total").help("Artifact uploads and downloads, by outcome.")
                        .withLabels("flow_name").withLabel("operation", "upload", "download")
                        .withLabel("status", "success", "error").job(WORKERS_JOB)
                        .designNote(note + " The RED rate and error ratio of artifact operations need it.").build(),
                Metric.gauge("metaflow_storage_used_bytes").help("Bytes stored in the Metaflow datastore.")
                        .unit(Unit.BYTES).withLabels("datastore").job(CLOUD_JOB)
                        .designNote(note + " StorageQuotaExceeded divides it by the quota.").build(),
                Metric.gauge("metaflow_storage_quota_bytes").help("Storage quota of the Metaflow datastore.")
                        .unit(Unit.BYTES).withLabels("datastore").job(CLOUD_JOB)
                        .designNote(note + " StorageQuotaExceeded divides by it.").build(),
                Metric.counter("metaflow_task_cpu_seconds_total").help("CPU time used by tasks.").unit(Unit.SECONDS)
                        .withLabels("flow_name", "step_name").job(WORKERS_JOB)
                        .designNote(note + " The flow dashboard's resource usage panel shows CPU per step.").build(),
                Metric.gauge("metaflow_task_memory_bytes").help("Resident memory of running tasks.").unit(Unit.BYTES)
                        .withLabels("flow_name", "step_name").job(WORKERS_JOB)
                        .designNote(note + " The flow dashboard's resource usage panel shows memory per step.").build());
    }
}
