package dev.obsgen.definitions.metaflow;

import static dev.obsgen.model.log.FieldType.DOUBLE;
import static dev.obsgen.model.log.FieldType.FLOAT;
import static dev.obsgen.model.log.FieldType.INTEGER;
import static dev.obsgen.model.log.FieldType.KEYWORD;
import static dev.obsgen.model.log.FieldType.LONG;
import static dev.obsgen.model.log.FieldType.TEXT;

import dev.obsgen.model.log.LogEvent;
import dev.obsgen.model.log.LogLevel;
import dev.obsgen.model.log.LogRecordSchema;
import dev.obsgen.model.log.LogSource;
import dev.obsgen.model.log.Logs;

/**
 * The design's structured log record, its key log events and the files they are written to. The searchable fields
 * of the events live in {@code context} next to the design's run coordinates, so one index mapping covers them.
 */
public final class MetaflowLogs {
    public static final String TIMESTAMP = "timestamp";
    public static final String TIMESTAMP_EXAMPLE = "2026-01-24T10:30:00.123Z";
    public static final String METADATA_SERVICE_LOGS = "metadata-service";
    public static final String WORKER_LOGS = "batch-workers";

    private MetaflowLogs() {
    }

    public static Logs logs() {
        return Logs.of(record())
                .withEvent(LogEvent.named("Run start", LogLevel.INFO, "Run started")
                        .description("A run begins; who started it.")
                        .withField("context.flow_name", KEYWORD).withField("context.run_id", KEYWORD)
                        .withField("context.user", KEYWORD))
                .withEvent(LogEvent.named("Step start", LogLevel.INFO, "Step started")
                        .description("A step begins in a run.")
                        .withField("context.flow_name", KEYWORD).withField("context.run_id", KEYWORD)
                        .withField("context.step_name", KEYWORD))
                .withEvent(LogEvent.named("Step complete", LogLevel.INFO, "Step completed")
                        .description("A step ends well, with how long it took.")
                        .withField("context.step_name", KEYWORD).withField("context.duration_seconds", FLOAT))
                .withEvent(LogEvent.named("Step failed", LogLevel.ERROR, "Step failed")
                        .description("A step raised an exception it could not recover from.")
                        .withField("context.step_name", KEYWORD).withField("context.error_type", KEYWORD)
                        .withField("context.exception", TEXT))
                .withEvent(LogEvent.named("Artifact uploaded", LogLevel.INFO, "Artifact uploaded")
                        .description("An artifact reached the datastore.")
                        .withField("context.artifact_name", KEYWORD).withField("context.size_bytes", LONG)
                        .withField("context.sha256", KEYWORD))
                .withEvent(LogEvent.named("Resume triggered", LogLevel.INFO, "Resume initiated")
                        .description("A failed run is resumed from a step.")
                        .withField("context.original_run_id", KEYWORD).withField("context.resume_step", KEYWORD))
                .withEvent(LogEvent.named("Retry triggered", LogLevel.WARN, "Retrying step")
                        .description("A step is tried again after a recoverable error.")
                        .withField("context.step_name", KEYWORD).withField("context.attempt", INTEGER)
                        .withField("context.error", TEXT))
                .withEvent(LogEvent.named("Quota warning", LogLevel.WARN, "Approaching quota limit")
                        .description("Use of a quota nears its limit.")
                        .withField("context.quota_type", KEYWORD).withField("context.current", DOUBLE)
                        .withField("context.limit", DOUBLE))
                .withSource(LogSource.of(METADATA_SERVICE_LOGS, MetaflowCollection.METADATA_SERVICE, "/var/log/metaflow/*.log"))
                .withSource(LogSource.of(WORKER_LOGS, MetaflowCollection.BATCH_WORKERS, "/var/log/metaflow/*.log"))
                .build();
    }

    public static LogRecordSchema record() {
        return LogRecordSchema.timestamp(TIMESTAMP, TIMESTAMP_EXAMPLE)
                .withField("level", KEYWORD, "ERROR, WARN, INFO or DEBUG.")
                .withField("logger", KEYWORD, "The Python logger, such as metaflow.step_executor.")
                .withField("message", TEXT, "What happened, in the event's fixed wording.")
                .withField("context.flow_name", KEYWORD, "The flow, such as TrainingFlow.")
                .withField("context.run_id", KEYWORD, "The run.")
                .withField("context.step_name", KEYWORD, "The step.")
                .withField("context.task_id", KEYWORD, "The task (one foreach item).")
                .withField("context.attempt", INTEGER, "Attempt number, 0 for the first try.")
                .withField("context.duration_seconds", FLOAT, "How long the step or task took.")
                .withField("context.user", KEYWORD, "Who started the run.")
                .withField("context.error_type", KEYWORD, "The exception class of a failure.")
                .withField("context.exception", TEXT, "The exception message and traceback.")
                .withField("context.error", TEXT, "Why a retry was triggered.")
                .withField("context.artifact_name", KEYWORD, "The artifact.")
                .withField("context.size_bytes", LONG, "The artifact's size.")
                .withField("context.sha256", KEYWORD, "The artifact's content hash.")
                .withField("context.original_run_id", KEYWORD, "The run a resume starts from.")
                .withField("context.resume_step", KEYWORD, "The step a resume starts at.")
                .withField("context.quota_type", KEYWORD, "The quota, such as storage or batch vCPUs.")
                .withField("context.current", DOUBLE, "The quota's current use.")
                .withField("context.limit", DOUBLE, "The quota's limit.")
                .withField("trace_id", KEYWORD, "The trace the record was written in; links logs to traces.")
                .withField("span_id", KEYWORD, "The span the record was written in.")
                .build();
    }
}
