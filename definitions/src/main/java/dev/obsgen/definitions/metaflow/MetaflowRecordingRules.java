package dev.obsgen.definitions.metaflow;

import dev.obsgen.model.rule.RecordingExample;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.rule.Series;

/**
 * The design's RED figures (and the S3 request rate of its USE table) as recording rules named
 * {@code level:metric:operations}, each with the design's name beside it and an example with exact results.
 * Counters in the examples grow by a fixed amount a minute, so every rate is exact.
 */
public final class MetaflowRecordingRules {
    private MetaflowRecordingRules() {
    }

    private static final String METADATA = MetaflowScrapeJobs.METADATA_SERVICE;
    private static final String WORKERS = MetaflowScrapeJobs.WORKERS;

    public static RuleGroup red() {
        return RuleGroup.named("metaflow-red").interval("1m")
                .withRule(Rule.record("job:metadata_requests:rate5m")
                        .designName("metadata_requests_per_second")
                        .help("Metadata API requests per second.")
                        .expr("sum by (job) (rate(metadata_requests_total[5m]))")
                        .withExample(RecordingExample.named("two endpoints at 1 and 0.5 requests a second").at("10m")
                                .withInput(Series.of("metadata_requests_total").label("job", METADATA)
                                        .label("endpoint", "/flows").label("method", "GET").label("code", "200")
                                        .values("0+60x15"))
                                .withInput(Series.of("metadata_requests_total").label("job", METADATA)
                                        .label("endpoint", "/runs").label("method", "POST").label("code", "201")
                                        .values("0+30x15"))
                                .withSample(1.5, "job", METADATA)))
                .withRule(Rule.record("job:metadata_errors:ratio_rate5m")
                        .designName("metadata_error_rate")
                        .help("Share of metadata API requests that failed.")
                        .expr("""
                                sum by (job) (rate(metadata_errors_total[5m]))
                                /
                                sum by (job) (rate(metadata_requests_total[5m]))""")
                        .withExample(RecordingExample.named("one request in four fails").at("10m")
                                .withInput(Series.of("metadata_requests_total").label("job", METADATA)
                                        .label("endpoint", "/runs").label("method", "POST").label("code", "201")
                                        .values("0+60x15"))
                                .withInput(Series.of("metadata_errors_total").label("job", METADATA)
                                        .label("endpoint", "/runs").label("code", "500").values("0+15x15"))
                                .withSample(0.25, "job", METADATA)))
                .withRule(Rule.record("job:metadata_latency_seconds:p99_rate5m")
                        .designName("metadata_latency_p99")
                        .help("99th percentile of metadata API latency.")
                        .expr("histogram_quantile(0.99, sum by (job, le) (rate(metadata_latency_seconds_bucket[5m])))")
                        .withExample(RecordingExample.named("every request within the first bucket").at("10m")
                                .withInput(bucket("metadata_latency_seconds_bucket", METADATA, "0.5", "0+100x15"))
                                .withInput(bucket("metadata_latency_seconds_bucket", METADATA, "1", "0+100x15"))
                                .withInput(bucket("metadata_latency_seconds_bucket", METADATA, "+Inf", "0+100x15"))
                                .withSample(0.495, "job", METADATA)))
                .withRule(Rule.record("job:metaflow_artifact_operations:rate5m")
                        .designName("artifact_operations_per_second")
                        .help("Artifact uploads and downloads per second.")
                        .expr("sum by (job) (rate(metaflow_artifact_operations_total[5m]))")
                        .withExample(RecordingExample.named("uploads and downloads").at("10m")
                                .withInput(artifactOps("upload", "success", "0+60x15"))
                                .withInput(artifactOps("download", "success", "0+120x15"))
                                .withSample(3, "job", WORKERS)))
                .withRule(Rule.record("job:metaflow_artifact_operations:error_ratio_rate5m")
                        .designName("artifact_error_rate")
                        .help("Share of artifact operations that failed.")
                        .expr("""
                                sum by (job) (rate(metaflow_artifact_operations_total{status="error"}[5m]))
                                /
                                sum by (job) (rate(metaflow_artifact_operations_total[5m]))""")
                        .withExample(RecordingExample.named("one operation in eight fails").at("10m")
                                .withInput(artifactOps("upload", "success", "0+105x15"))
                                .withInput(artifactOps("upload", "error", "0+15x15"))
                                .withSample(0.125, "job", WORKERS)))
                .withRule(Rule.record("job:metaflow_artifact_upload_seconds:p99_rate5m")
                        .designName("artifact_upload_latency_p99")
                        .help("99th percentile of artifact upload time.")
                        .expr("histogram_quantile(0.99, sum by (job, le) (rate(metaflow_artifact_upload_seconds_bucket[5m])))")
                        .withExample(RecordingExample.named("every upload within the first bucket").at("10m")
                                .withInput(bucket("metaflow_artifact_upload_seconds_bucket", WORKERS, "2", "0+100x15"))
                                .withInput(bucket("metaflow_artifact_upload_seconds_bucket", WORKERS, "+Inf", "0+100x15"))
                                .withSample(1.98, "job", WORKERS)))
                .withRule(Rule.record("flow_name:metaflow_steps_completed:rate5m_per_minute")
                        .designName("steps_completed_per_minute")
                        .help("Steps completed per minute, by flow.")
                        .expr("sum by (flow_name) (rate(metaflow_steps_total{status=\"completed\"}[5m])) * 60")
                        .withExample(RecordingExample.named("two steps of one flow").at("10m")
                                .withInput(steps("start", "completed", "0+30x15"))
                                .withInput(steps("train", "completed", "0+15x15"))
                                .withInput(steps("train", "failed", "0+15x15"))
                                .withSample(45, "flow_name", "TrainingFlow")))
                .withRule(Rule.record("flow_name:metaflow_steps_failed:ratio_rate5m")
                        .designName("step_failure_rate")
                        .help("Share of steps that failed, by flow.")
                        .expr("""
                                sum by (flow_name) (rate(metaflow_steps_total{status="failed"}[5m]))
                                /
                                sum by (flow_name) (rate(metaflow_steps_total[5m]))""")
                        .withExample(RecordingExample.named("one step in four fails").at("10m")
                                .withInput(steps("train", "completed", "0+3x15"))
                                .withInput(steps("train", "failed", "0+1x15"))
                                .withSample(0.25, "flow_name", "TrainingFlow")))
                .withRule(Rule.record("flow_name_step_name:metaflow_step_duration_seconds:p99_rate5m")
                        .designName("step_duration_p99")
                        .help("99th percentile of step duration, by flow and step.")
                        .expr("""
                                histogram_quantile(0.99,
                                  sum by (flow_name, step_name, le) (rate(metaflow_step_duration_seconds_bucket[5m])))""")
                        .withExample(RecordingExample.named("every step within the first bucket").at("10m")
                                .withInput(stepBucket("1", "0+10x15"))
                                .withInput(stepBucket("+Inf", "0+10x15"))
                                .withSample(0.99, "flow_name", "TrainingFlow", "step_name", "train")))
                .build();
    }

    public static RuleGroup use() {
        return RuleGroup.named("metaflow-use").interval("1m")
                .withRule(Rule.record("job:s3_requests:rate5m")
                        .designName("s3_request_rate")
                        .help("Requests to the S3 datastore per second.")
                        .expr("sum by (job) (rate(s3_requests_total[5m]))")
                        .withExample(RecordingExample.named("reads and writes").at("10m")
                                .withInput(Series.of("s3_requests_total").label("job", WORKERS)
                                        .label("instance", "10.0.1.7:9100").label("operation", "GetObject")
                                        .values("0+90x15"))
                                .withInput(Series.of("s3_requests_total").label("job", WORKERS)
                                        .label("instance", "10.0.1.7:9100").label("operation", "PutObject")
                                        .values("0+30x15"))
                                .withSample(2, "job", WORKERS)))
                .build();
    }

    private static Series bucket(String series, String job, String le, String values) {
        return Series.of(series).label("job", job).label("instance", "10.0.0.1:8080").label("le", le).values(values);
    }

    private static Series artifactOps(String operation, String status, String values) {
        return Series.of("metaflow_artifact_operations_total").label("job", WORKERS).label("instance", "10.0.1.7:9100")
                .label("flow_name", "TrainingFlow").label("operation", operation).label("status", status).values(values);
    }

    private static Series steps(String step, String status, String values) {
        return Series.of("metaflow_steps_total").label("job", WORKERS).label("instance", "10.0.1.7:9100")
                .label("flow_name", "TrainingFlow").label("step_name", step).label("status", status).values(values);
    }

    private static Series stepBucket(String le, String values) {
        return Series.of("metaflow_step_duration_seconds_bucket").label("job", WORKERS).label("instance", "10.0.1.7:9100")
                .label("flow_name", "TrainingFlow").label("step_name", "train").label("le", le).values(values);
    }
}
