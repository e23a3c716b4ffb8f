package dev.obsgen.core.check.otel;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.CollectionParts;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
import dev.obsgen.model.Observability;
import dev.obsgen.model.collection.CollectorExporter;
import dev.obsgen.model.collection.CollectorPipeline;
import dev.obsgen.model.collection.CollectorProcessor;
import dev.obsgen.model.collection.JaegerStore;
import dev.obsgen.model.collection.OtelCollector;
import dev.obsgen.model.collection.OtlpReceiver;
import dev.obsgen.model.collection.PrometheusStore;
import dev.obsgen.model.collection.Signal;
import dev.obsgen.model.collection.Store;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Collector refuses to start when a pipeline names a component that is not defined, and under memory pressure
 * it only protects itself when {@code memory_limiter} is the first processor, with {@code batch} after it. Each
 * exporter must deliver to a store that takes what the pipeline carries.
 */
@CheckDefinition(
        id = "otel/pipeline",
        severity = FindingSeverity.ERROR,
        summary = "Collector pipelines name only defined components, memory_limiter first, batch after it.",
        example = "withPipeline(TRACES, List.of(\"otlp\"), List.of(\"batch\", \"memory_limiter\"), List.of(\"jaeger\"))",
        fix = "Define every component a pipeline names, and list memory_limiter first and batch after it.")
public final class CollectorPipelines implements ModelCheck {
    @Override
    public void check(Observability model, FindingSink findings) {
        for (OtelCollector collector : CollectionParts.agents(model, OtelCollector.class)) {
            String agent = "collector '" + collector.name() + "'";
            Set<String> receivers = new HashSet<>();
            collector.receivers().stream().map(OtlpReceiver::id).forEach(id -> unique(agent, "receiver", id, receivers, findings));
            Map<String, CollectorProcessor> processors = new HashMap<>();
            for (CollectorProcessor processor : collector.processors()) {
                if (processors.put(processor.id(), processor) != null) {
                    findings.report(agent, "defines processor '" + processor.id() + "' twice");
                }
                if (processor instanceof CollectorProcessor.MemoryLimiter limiter && limiter.spikeLimitMib() >= limiter.limitMib()) {
                    findings.report(agent, "processor '" + limiter.id() + "' has spike_limit_mib " + limiter.spikeLimitMib()
                            + ", which must be below limit_mib " + limiter.limitMib());
                }
            }
            Map<String, CollectorExporter> exporters = new HashMap<>();
            for (CollectorExporter exporter : collector.exporters()) {
                if (exporters.put(exporter.id(), exporter) != null) {
                    findings.report(agent, "defines exporter '" + exporter.id() + "' twice");
                }
            }
            if (collector.pipelines().isEmpty()) {
                findings.report(agent, "has no pipeline");
            }
            for (CollectorPipeline pipeline : collector.pipelines()) {
                checkPipeline(model, agent + " pipeline '" + pipeline.id() + "'", pipeline, receivers, processors,
                        exporters, findings);
            }
        }
    }

    private static void checkPipeline(Observability model, String element, CollectorPipeline pipeline,
                                      Set<String> receivers, Map<String, CollectorProcessor> processors,
                                      Map<String, CollectorExporter> exporters, FindingSink findings) {
        if (pipeline.receivers().isEmpty() || pipeline.exporters().isEmpty()) {
            findings.report(element, "needs at least one receiver and one exporter");
        }
        pipeline.receivers().stream().filter(id -> !receivers.contains(id))
                .forEach(id -> findings.report(element, "names receiver '" + id + "', which is not defined"));
        pipeline.processors().stream().filter(id -> !processors.containsKey(id))
                .forEach(id -> findings.report(element, "names processor '" + id + "', which is not defined"));
        List<CollectorProcessor> chain = pipeline.processors().stream().filter(processors::containsKey)
                .map(processors::get).toList();
        if (chain.isEmpty() || !(chain.get(0) instanceof CollectorProcessor.MemoryLimiter)) {
            findings.report(element, "must run memory_limiter as its first processor, got ["
                    + String.join(", ", pipeline.processors()) + "]");
        }
        if (chain.stream().noneMatch(CollectorProcessor.Batch.class::isInstance)) {
            findings.report(element, "has no batch processor; every export would be one request");
        }
        for (String id : pipeline.exporters()) {
            CollectorExporter exporter = exporters.get(id);
            if (exporter == null) {
                findings.report(element, "names exporter '" + id + "', which is not defined");
                continue;
            }
            Store store = model.collection().stores().stream().filter(s -> s.name().equals(exporter.store()))
                    .findFirst().orElse(null);
            boolean fits = exporter instanceof CollectorExporter.Otlp
                    ? store instanceof JaegerStore && pipeline.signal() == Signal.TRACES
                    : store instanceof PrometheusStore && pipeline.signal() == Signal.METRICS;
            if (!fits) {
                findings.report(element, "exports " + pipeline.signal().label() + " through '" + id + "' to "
                        + (store == null ? "store '" + exporter.store() + "', which is not declared"
                        : "store '" + store.name() + "', which does not take " + pipeline.signal().label()));
            }
        }
    }

    private static void unique(String agent, String kind, String id, Set<String> seen, FindingSink findings) {
        if (!seen.add(id)) {
            findings.report(agent, "defines " + kind + " '" + id + "' twice");
        }
    }
}
