package dev.obsgen.definitions.metaflow;

import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.rule.AlertScenario;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.rule.Series;
import java.util.Map;

/**
 * The design's six alerts in its two groups, corrected where the design's expressions are wrong, plus one info
 * alert so that the "dashboard only" severity is exercised. Every alert has scenarios that fire it and that must not.
 */
public final class MetaflowAlerts {
    private MetaflowAlerts() {
    }

    private static final String METADATA = MetaflowScrapeJobs.METADATA_SERVICE;
    private static final String CLOUD = MetaflowScrapeJobs.CLOUD_EXPORTER;
    private static final String WORKERS = MetaflowScrapeJobs.WORKERS;

    public static RuleGroup critical() {
        return RuleGroup.named("metaflow-critical")
                .withRule(Rule.alert("MetadataServiceDown")
                        .expr("""
                                max by (job) (up{job="metaflow-metadata-service"}) == 0
                                or
                                absent(up{job="metaflow-metadata-service"})""")
                        .forDuration("2m")
                        .severity(Severity.CRITICAL)
                        .summary("Metadata service is down.")
                        .description("No instance of {{ $labels.job }} has answered a scrape for more than 2 minutes: "
                                + "Metaflow clients cannot start, resume or track runs.")
                        .runbook("metadata-service-recovery")
                        .designNote("The design fires on any one instance down; the service is down when no instance "
                                + "answers, or when no instance is discovered at all (absent).")
                        .withScenario(AlertScenario.fires("every replica stops answering").at("6m")
                                .withInput(up("10.0.0.1:8080", "1 1 0x10"))
                                .withInput(up("10.0.0.2:8080", "1 1 0x10"))
                                .withAlert(Map.of("job", METADATA), Map.of("description", "No instance of "
                                        + METADATA + " has answered a scrape for more than 2 minutes: "
                                        + "Metaflow clients cannot start, resume or track runs.")))
                        .withScenario(AlertScenario.fires("no replica is discovered").at("6m")
                                .withInput(Series.of("up").label("job", "metaflow-workers").label("instance", "10.0.1.7:9100")
                                        .values("1x10"))
                                .withAlert(Map.of("job", METADATA), Map.of("description", "No instance of "
                                        + METADATA + " has answered a scrape for more than 2 minutes: "
                                        + "Metaflow clients cannot start, resume or track runs.")))
                        .withScenario(AlertScenario.calm("one replica of two is down").at("6m")
                                .withInput(up("10.0.0.1:8080", "1 1 0x10"))
                                .withInput(up("10.0.0.2:8080", "1x10")))
                        .withScenario(AlertScenario.calm("down for one minute only").at("6m")
                                .withInput(up("10.0.0.1:8080", "1 1 1 1 1 0 1x5"))))
                .withRule(Rule.alert("HighRunFailureRate")
                        .expr("""
                                sum by (flow_name, namespace) (rate(metaflow_runs_total{status="failed"}[1h]))
                                /
                                sum by (flow_name, namespace) (rate(metaflow_runs_total[1h]))
                                > 0.1""")
                        .forDuration("15m")
                        .severity(Severity.WARNING)
                        .summary("High run failure rate.")
                        .description("{{ $value | humanizePercentage }} of the runs of flow {{ $labels.flow_name }} in "
                                + "namespace {{ $labels.namespace }} failed over the last hour.")
                        .runbook("investigate-run-failures")
                        .designNote("The design divides rate(metaflow_runs_total{status=\"failed\"}) by "
                                + "rate(metaflow_runs_total) matching on every label, status included, so the failed series "
                                + "is divided by itself and the ratio is always 1: both sides are summed by flow and namespace.")
                        .withScenario(AlertScenario.fires("one run in four fails").at("60m")
                                .withInput(runs("TrainingFlow", "failed", "0+1x70"))
                                .withInput(runs("TrainingFlow", "completed", "0+3x70"))
                                .withAlert(Map.of("flow_name", "TrainingFlow", "namespace", "production"),
                                        Map.of("description", "25% of the runs of flow TrainingFlow in namespace "
                                                + "production failed over the last hour.")))
                        .withScenario(AlertScenario.calm("one run in twenty fails").at("60m")
                                .withInput(runs("TrainingFlow", "failed", "0+1x70"))
                                .withInput(runs("TrainingFlow", "completed", "0+19x70")))
                        .withScenario(AlertScenario.calm("failures of one flow do not count against another").at("60m")
                                .withInput(runs("TrainingFlow", "completed", "0+10x70"))
                                .withInput(runs("ScoringFlow", "failed", "0+1x70"))
                                .withInput(runs("ScoringFlow", "completed", "0+19x70"))))
                .withRule(Rule.alert("ArtifactUploadLatencyHigh")
                        .expr("""
                                histogram_quantile(0.99, sum by (le) (rate(metaflow_artifact_upload_seconds_bucket[5m])))
                                > 10""")
                        .forDuration("10m")
                        .severity(Severity.WARNING)
                        .summary("Artifact upload latency is high.")
                        .description("The 99th percentile of artifact upload time has been {{ $value | humanizeDuration }} "
                                + "for 10 minutes (threshold 10s).")
                        .runbook("artifact-upload-latency")
                        .designNote("The design takes histogram_quantile of a per-series rate; the buckets are summed by le "
                                + "first so that the quantile covers every worker.")
                        .withScenario(AlertScenario.fires("uploads take 10 to 30 seconds").at("20m")
                                .withInput(uploadBucket("5", "0x30"))
                                .withInput(uploadBucket("10", "0x30"))
                                .withInput(uploadBucket("30", "0+10x30"))
                                .withInput(uploadBucket("+Inf", "0+10x30"))
                                .withAlert(Map.of(), Map.of("description", "The 99th percentile of artifact upload time "
                                        + "has been 29.8s for 10 minutes (threshold 10s).")))
                        .withScenario(AlertScenario.calm("uploads take under a second").at("20m")
                                .withInput(uploadBucket("1", "0+10x30"))
                                .withInput(uploadBucket("10", "0+10x30"))
                                .withInput(uploadBucket("+Inf", "0+10x30"))))
                .withRule(Rule.alert("BatchQueueBacklog")
                        .expr("batch_pending_jobs > 1000")
                        .forDuration("30m")
                        .severity(Severity.WARNING)
                        .summary("AWS Batch queue backlog growing.")
                        .description("{{ $value }} jobs have been waiting in AWS Batch queue {{ $labels.job_queue }} "
                                + "for more than 30 minutes (threshold 1000).")
                        .runbook("scale-batch-compute")
                        .withScenario(AlertScenario.fires("1500 jobs wait for 45 minutes").at("45m")
                                .withInput(pending("1500x60"))
                                .withAlert(Map.of("instance", "metaflow-cloud-exporter.monitoring.svc:9100", "job", CLOUD,
                                        "job_queue", "metaflow-default"), Map.of("description", "1500 jobs have been "
                                        + "waiting in AWS Batch queue metaflow-default for more than 30 minutes (threshold 1000).")))
                        .withScenario(AlertScenario.calm("800 jobs wait").at("45m").withInput(pending("800x60")))
                        .withScenario(AlertScenario.calm("a ten minute burst drains").at("45m")
                                .withInput(pending("1500x10 200x50"))))
                .build();
    }

    public static RuleGroup capacity() {
        return RuleGroup.named("metaflow-capacity")
                .withRule(Rule.alert("PostgresConnectionsNearLimit")
                        .expr("postgres_active_connections / postgres_max_connections > 0.8")
                        .forDuration("10m")
                        .severity(Severity.WARNING)
                        .summary("PostgreSQL connections near limit.")
                        .description("The metadata database behind {{ $labels.instance }} uses "
                                + "{{ $value | humanizePercentage }} of its max_connections.")
                        .runbook("postgres-connection-pool")
                        .withScenario(AlertScenario.fires("90 of 100 connections in use").at("20m")
                                .withInput(postgres("postgres_active_connections", "90x30"))
                                .withInput(postgres("postgres_max_connections", "100x30"))
                                .withAlert(Map.of("instance", "10.0.0.1:8080", "job", METADATA), Map.of("description",
                                        "The metadata database behind 10.0.0.1:8080 uses 90% of its max_connections.")))
                        .withScenario(AlertScenario.calm("50 of 100 connections in use").at("20m")
                                .withInput(postgres("postgres_active_connections", "50x30"))
                                .withInput(postgres("postgres_max_connections", "100x30"))))
                .withRule(Rule.alert("StorageQuotaExceeded")
                        .expr("metaflow_storage_used_bytes / metaflow_storage_quota_bytes > 0.9")
                        .forDuration("1h")
                        .severity(Severity.WARNING)
                        .summary("Storage quota nearly exhausted.")
                        .description("Datastore {{ $labels.datastore }} uses {{ $value | humanizePercentage }} of its quota.")
                        .runbook("storage-quota")
                        .withScenario(AlertScenario.fires("95% of the quota used for 90 minutes").at("90m")
                                .withInput(storage("metaflow_storage_used_bytes", "95x100"))
                                .withInput(storage("metaflow_storage_quota_bytes", "100x100"))
                                .withAlert(Map.of("datastore", "s3://metaflow-datastore", "instance",
                                        "metaflow-cloud-exporter.monitoring.svc:9100", "job", CLOUD), Map.of("description",
                                        "Datastore s3://metaflow-datastore uses 95% of its quota.")))
                        .withScenario(AlertScenario.calm("70% of the quota used").at("90m")
                                .withInput(storage("metaflow_storage_used_bytes", "70x100"))
                                .withInput(storage("metaflow_storage_quota_bytes", "100x100"))))
                .build();
    }

    /** Info alerts reach no one; they exist for dashboards and the alert list. */
    public static RuleGroup notable() {
        return RuleGroup.named("metaflow-notable")
                .withRule(Rule.alert("FlowRunsResumed")
                        .expr("sum by (flow_name) (increase(metaflow_resume_total[30m])) > 0")
                        .severity(Severity.INFO)
                        .summary("Runs were resumed.")
                        .description("Runs of flow {{ $labels.flow_name }} were resumed in the last 30 minutes.")
                        .runbook("resumed-runs")
                        .withScenario(AlertScenario.fires("a run is resumed").at("10m")
                                .withInput(Series.of("metaflow_resume_total").label("job", METADATA)
                                        .label("instance", "10.0.0.1:8080").label("flow_name", "TrainingFlow")
                                        .label("success", "true").values("0 0 0 1x10"))
                                .withAlert(Map.of("flow_name", "TrainingFlow"), Map.of("description",
                                        "Runs of flow TrainingFlow were resumed in the last 30 minutes.")))
                        .withScenario(AlertScenario.calm("no resume").at("10m")
                                .withInput(Series.of("metaflow_resume_total").label("job", METADATA)
                                        .label("instance", "10.0.0.1:8080").label("flow_name", "TrainingFlow")
                                        .label("success", "true").values("3x10"))))
                .build();
    }

    private static Series up(String instance, String values) {
        return Series.of("up").label("job", METADATA).label("instance", instance).values(values);
    }

    private static Series runs(String flow, String status, String values) {
        return Series.of("metaflow_runs_total").label("job", METADATA).label("instance", "10.0.0.1:8080")
                .label("flow_name", flow).label("namespace", "production").label("status", status).values(values);
    }

    private static Series uploadBucket(String le, String values) {
        return Series.of("metaflow_artifact_upload_seconds_bucket").label("job", WORKERS).label("instance", "10.0.1.7:9100")
                .label("flow_name", "TrainingFlow").label("le", le).values(values);
    }

    private static Series pending(String values) {
        return Series.of("batch_pending_jobs").label("job", CLOUD).label("instance", "metaflow-cloud-exporter.monitoring.svc:9100")
                .label("job_queue", "metaflow-default").values(values);
    }

    private static Series postgres(String metric, String values) {
        return Series.of(metric).label("job", METADATA).label("instance", "10.0.0.1:8080").values(values);
    }

    private static Series storage(String metric, String values) {
        return Series.of(metric).label("job", CLOUD).label("instance", "metaflow-cloud-exporter.monitoring.svc:9100")
                .label("datastore", "s3://metaflow-datastore").values(values);
    }
}
