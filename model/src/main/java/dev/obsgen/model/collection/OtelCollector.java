package dev.obsgen.model.collection;

import dev.obsgen.model.Nullable;
import dev.obsgen.model.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * The OpenTelemetry Collector: its components, each defined once, and the pipelines that name them. The health
 * check listens on {@code healthCheckEndpoint} for the orchestrator's probes.
 */
public record OtelCollector(String name, String description, List<OtlpReceiver> receivers,
                            List<CollectorProcessor> processors, List<CollectorExporter> exporters,
                            @Nullable String healthCheckEndpoint, List<CollectorPipeline> pipelines) implements Agent {
    public OtelCollector {
        receivers = Values.list(receivers);
        processors = Values.list(processors);
        exporters = Values.list(exporters);
        pipelines = Values.list(pipelines);
        description = description == null ? "" : description;
    }

    public static Builder named(String name) {
        return new Builder(name);
    }

    /** A builder holding this collector: {@code with…} appends, {@link Builder#pipelines} replaces. */
    public Builder toBuilder() {
        Builder builder = new Builder(name).description(description).pipelines(pipelines);
        builder.receivers.addAll(receivers);
        builder.processors.addAll(processors);
        builder.exporters.addAll(exporters);
        builder.healthCheckEndpoint = healthCheckEndpoint;
        return builder;
    }

    public static final class Builder {
        private final String name;
        private String description;
        private final List<OtlpReceiver> receivers = new ArrayList<>();
        private final List<CollectorProcessor> processors = new ArrayList<>();
        private final List<CollectorExporter> exporters = new ArrayList<>();
        private String healthCheckEndpoint;
        private final List<CollectorPipeline> pipelines = new ArrayList<>();

        Builder(String name) {
            this.name = name;
        }

        public Builder description(String text) {
            this.description = text;
            return this;
        }

        public Builder withReceiver(OtlpReceiver receiver) {
            receivers.add(receiver);
            return this;
        }

        public Builder withProcessor(CollectorProcessor processor) {
            processors.add(processor);
            return this;
        }

        public Builder withExporter(CollectorExporter exporter) {
            exporters.add(exporter);
            return this;
        }

        public Builder healthCheck(String endpoint) {
            this.healthCheckEndpoint = endpoint;
            return this;
        }

        public Builder withPipeline(Signal signal, List<String> receiverIds, List<String> processorIds,
                                    List<String> exporterIds) {
            pipelines.add(new CollectorPipeline(signal, receiverIds, processorIds, exporterIds));
            return this;
        }

        /** Replaces the pipelines declared so far. */
        public Builder pipelines(List<CollectorPipeline> values) {
            Values.replace(pipelines, values);
            return this;
        }

        public OtelCollector build() {
            return new OtelCollector(name, description, receivers, processors, exporters, healthCheckEndpoint, pipelines);
        }
    }
}
