package dev.obsgen.core.render.otel;

import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.Renderer;
import dev.obsgen.core.render.YamlFormat;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import dev.obsgen.model.collection.CollectorExporter;
import dev.obsgen.model.collection.CollectorPipeline;
import dev.obsgen.model.collection.CollectorProcessor;
import dev.obsgen.model.collection.JaegerStore;
import dev.obsgen.model.collection.OtelCollector;
import dev.obsgen.model.collection.OtlpReceiver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code otel-collector/otel-collector.yaml}: every component the model defines, and the pipelines naming them.
 * Only components of the core {@code otelcol} distribution are written, so the config runs on either build.
 */
public final class CollectorConfigRenderer implements Renderer {
    public static final String PATH = "otel-collector/otel-collector.yaml";
    public static final String HEALTH_CHECK = "health_check";

    @Override
    public List<GeneratedFile> render(Observability model, RenderSettings settings) {
        if (model.collection() == null) {
            return List.of();
        }
        List<GeneratedFile> files = new ArrayList<>();
        for (OtelCollector collector : model.collection().agents(OtelCollector.class)) {
            files.add(GeneratedFile.text(PATH, YamlFormat.write(document(model, collector), settings.header())));
        }
        return files;
    }

    static Map<String, Object> document(Observability model, OtelCollector collector) {
        Map<String, Object> receivers = new LinkedHashMap<>();
        for (OtlpReceiver receiver : collector.receivers()) {
            Map<String, Object> protocols = new LinkedHashMap<>();
            if (receiver.grpcEndpoint() != null) {
                protocols.put("grpc", Map.of("endpoint", receiver.grpcEndpoint()));
            }
            if (receiver.httpEndpoint() != null) {
                protocols.put("http", Map.of("endpoint", receiver.httpEndpoint()));
            }
            receivers.put(receiver.id(), Map.of("protocols", protocols));
        }
        Map<String, Object> processors = new LinkedHashMap<>();
        for (CollectorProcessor processor : collector.processors()) {
            processors.put(processor.id(), processor(processor));
        }
        Map<String, Object> exporters = new LinkedHashMap<>();
        for (CollectorExporter exporter : collector.exporters()) {
            exporters.put(exporter.id(), exporter(model, exporter));
        }
        Map<String, Object> pipelines = new LinkedHashMap<>();
        for (CollectorPipeline pipeline : collector.pipelines()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("receivers", pipeline.receivers());
            entry.put("processors", pipeline.processors());
            entry.put("exporters", pipeline.exporters());
            pipelines.put(pipeline.id(), entry);
        }
        Map<String, Object> service = new LinkedHashMap<>();
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (collector.healthCheckEndpoint() != null) {
            extensions.put(HEALTH_CHECK, Map.of("endpoint", collector.healthCheckEndpoint()));
            service.put("extensions", List.of(HEALTH_CHECK));
        }
        service.put("pipelines", pipelines);
        service.put("telemetry", Map.of("logs", Map.of("level", "info")));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("receivers", receivers);
        document.put("processors", processors);
        document.put("exporters", exporters);
        if (!extensions.isEmpty()) {
            document.put("extensions", extensions);
        }
        document.put("service", service);
        return document;
    }

    private static Map<String, Object> processor(CollectorProcessor processor) {
        Map<String, Object> settings = new LinkedHashMap<>();
        if (processor instanceof CollectorProcessor.MemoryLimiter limiter) {
            settings.put("check_interval", limiter.checkInterval());
            settings.put("limit_mib", limiter.limitMib());
            settings.put("spike_limit_mib", limiter.spikeLimitMib());
        } else if (processor instanceof CollectorProcessor.Batch batch) {
            settings.put("timeout", batch.timeout());
            settings.put("send_batch_size", batch.sendBatchSize());
        } else if (processor instanceof CollectorProcessor.Resource resource) {
            List<Map<String, Object>> attributes = new ArrayList<>();
            resource.upserts().forEach((key, value) -> {
                Map<String, Object> attribute = new LinkedHashMap<>();
                attribute.put("key", key);
                attribute.put("value", value);
                attribute.put("action", "upsert");
                attributes.add(attribute);
            });
            settings.put("attributes", attributes);
        }
        return settings;
    }

    private static Map<String, Object> exporter(Observability model, CollectorExporter exporter) {
        Map<String, Object> settings = new LinkedHashMap<>();
        if (exporter instanceof CollectorExporter.Otlp otlp) {
            JaegerStore store = model.collection().store(otlp.store(), JaegerStore.class)
                    .orElseThrow(() -> new IllegalStateException("exporter " + otlp.id() + " names no Jaeger store"));
            settings.put("endpoint", store.otlpEndpoint());
            settings.put("tls", Map.of("insecure", store.insecure()));
        } else if (exporter instanceof CollectorExporter.Prometheus prometheus) {
            settings.put("endpoint", prometheus.endpoint());
        }
        return settings;
    }
}
