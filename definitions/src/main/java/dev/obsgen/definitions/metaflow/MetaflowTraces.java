package dev.obsgen.definitions.metaflow;

import dev.obsgen.model.trace.AttributeType;
import dev.obsgen.model.trace.Span;
import dev.obsgen.model.trace.SpanAttribute;
import dev.obsgen.model.trace.SpanKind;
import java.util.List;

/** The design's eight key spans as one tree under {@code metaflow.run}, with typed attributes. */
public final class MetaflowTraces {
    public static final SpanAttribute FLOW = SpanAttribute.of("metaflow.flow_name", AttributeType.STRING, "The flow.");
    public static final SpanAttribute RUN_ID = SpanAttribute.of("metaflow.run_id", AttributeType.STRING, "The run.");
    public static final SpanAttribute STEP = SpanAttribute.of("metaflow.step_name", AttributeType.STRING, "The step.");
    public static final SpanAttribute TASK = SpanAttribute.of("metaflow.task_id", AttributeType.STRING, "The task.");
    public static final SpanAttribute ARTIFACT = SpanAttribute.of("metaflow.artifact.name", AttributeType.STRING,
            "The artifact moved.");
    public static final SpanAttribute BACKEND = SpanAttribute.of("metaflow.compute.backend", AttributeType.STRING,
            "batch or kubernetes.");
    public static final SpanAttribute EPOCH = SpanAttribute.of("metaflow.checkpoint.epoch", AttributeType.INT,
            "The training epoch checkpointed.");
    public static final SpanAttribute STATUS = SpanAttribute.of("metaflow.status", AttributeType.STRING,
            "The status written, such as completed.");

    private MetaflowTraces() {
    }

    public static List<Span> spans() {
        return List.of(
                Span.root("metaflow.run").description("Entire run execution.").withAttributes(FLOW, RUN_ID).build(),
                Span.child("metaflow.step", "metaflow.run").description("Single step execution.")
                        .withAttributes(FLOW, RUN_ID, STEP).build(),
                Span.child("metaflow.task", "metaflow.step").description("Single task (foreach item).")
                        .withAttributes(FLOW, RUN_ID, STEP, TASK).build(),
                Span.child("metaflow.artifact.upload", "metaflow.task").kind(SpanKind.CLIENT)
                        .description("Artifact upload to S3.").withAttributes(ARTIFACT).build(),
                Span.child("metaflow.artifact.download", "metaflow.task").kind(SpanKind.CLIENT)
                        .description("Artifact download from S3.").withAttributes(ARTIFACT).build(),
                Span.child("metaflow.metadata.write", "metaflow.task").kind(SpanKind.CLIENT)
                        .description("Metadata service write.").withAttributes(STATUS).build(),
                Span.child("metaflow.compute.schedule", "metaflow.step").kind(SpanKind.CLIENT)
                        .description("Job scheduling (Batch/K8s).").withAttributes(BACKEND).build(),
                Span.child("metaflow.checkpoint.save", "metaflow.task").description("Checkpoint save.")
                        .withAttributes(EPOCH).build());
    }
}
