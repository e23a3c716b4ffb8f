package dev.obsgen.definitions.metaflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.Generation;
import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.write.OutputSet;
import dev.obsgen.model.Observability;
import dev.obsgen.model.log.LogEvent;
import dev.obsgen.model.log.LogLevel;
import dev.obsgen.model.trace.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Metaflow model's logs, spans and collection: the design's events and spans as the design tables list them,
 * no finding from any check, and the configs free of the design examples' faults.
 */
class MetaflowLogsAndTracesTest {
    private static final Observability MODEL = new MetaflowObservability().define();

    @Test
    void theEightKeySpansHaveTheDesignsParents() {
        Map<String, String> parents = new LinkedHashMap<>();
        for (Span span : MODEL.spans()) {
            parents.put(span.name(), span.parent() == null ? "Root" : span.parent());
        }
        Map<String, String> design = new LinkedHashMap<>();
        design.put("metaflow.run", "Root");
        design.put("metaflow.step", "metaflow.run");
        design.put("metaflow.task", "metaflow.step");
        design.put("metaflow.artifact.upload", "metaflow.task");
        design.put("metaflow.artifact.download", "metaflow.task");
        design.put("metaflow.metadata.write", "metaflow.task");
        design.put("metaflow.compute.schedule", "metaflow.step");
        design.put("metaflow.checkpoint.save", "metaflow.task");
        assertEquals(design, parents);
    }

    @Test
    void theEightKeyLogEventsHaveTheDesignsLevelsAndMessages() {
        List<String> events = MODEL.logs().events().stream()
                .map(e -> e.name() + "|" + e.level() + "|" + e.message()).toList();
        assertEquals(List.of(
                "Run start|INFO|Run started",
                "Step start|INFO|Step started",
                "Step complete|INFO|Step completed",
                "Step failed|ERROR|Step failed",
                "Artifact uploaded|INFO|Artifact uploaded",
                "Resume triggered|INFO|Resume initiated",
                "Retry triggered|WARN|Retrying step",
                "Quota warning|WARN|Approaching quota limit"), events);
        assertTrue(MODEL.logs().events().stream().map(LogEvent::level).allMatch(l -> l != LogLevel.DEBUG));
    }

    @Test
    void noCheckFindsAnythingInTheLogsTracesOrCollection() {
        List<Finding> findings = CheckRegistry.standard().run(MODEL).stream()
                .filter(f -> f.checkId().startsWith("log/") || f.checkId().startsWith("trace/")
                        || f.checkId().startsWith("otel/") || f.checkId().startsWith("collection/")
                        || f.checkId().equals("secret/collector"))
                .toList();
        assertTrue(findings.isEmpty(), findings::toString);
    }

    @Test
    void theConfigsAvoidTheDesignExamplesFaults() {
        OutputSet output = Generation.standard().render(MODEL, RenderSettings.of("test")).output();
        String fluentBit = output.file("fluent-bit/fluent-bit.conf").orElseThrow().text();
        assertTrue(fluentBit.contains("Suppress_Type_Name       On"), fluentBit);
        assertFalse(fluentBit.matches("(?s).*\\n\\s+Type\\s.*"), "no Type key: Elasticsearch 8 rejects _type");
        assertFalse(fluentBit.contains("elasticsearch.internal"), "the host comes from the environment");
        String collector = output.file("otel-collector/otel-collector.yaml").orElseThrow().text();
        assertFalse(collector.contains("\n  jaeger:") || collector.contains("14250"), "the jaeger exporter was removed");
        assertTrue(collector.contains("otlp/jaeger:"), collector);
        String prometheus = output.file("prometheus/prometheus.yml").orElseThrow().text();
        assertTrue(prometheus.contains("- otel-collector:8889"), prometheus);
    }
}
