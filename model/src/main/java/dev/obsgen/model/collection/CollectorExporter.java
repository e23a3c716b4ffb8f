package dev.obsgen.model.collection;

import java.util.Objects;

/** A Collector exporter delivering to a named store of the topology. */
public sealed interface CollectorExporter {
    String id();

    String store();

    /** OTLP over gRPC to the store's OTLP endpoint (Jaeger takes OTLP natively; its own exporter was removed). */
    record Otlp(String id, String store) implements CollectorExporter {
        public Otlp {
            Objects.requireNonNull(id, "exporter id");
            Objects.requireNonNull(store, "store of exporter " + id);
        }
    }

    /** A Prometheus endpoint the store's scrape job reads. */
    record Prometheus(String id, String endpoint, String store) implements CollectorExporter {
        public Prometheus {
            Objects.requireNonNull(id, "exporter id");
            Objects.requireNonNull(endpoint, "endpoint of exporter " + id);
            Objects.requireNonNull(store, "store of exporter " + id);
        }
    }
}
