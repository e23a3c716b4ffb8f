package dev.obsgen.model.collection;

/** A Collector exporter delivering to a named store of the topology. */
public sealed interface CollectorExporter {
    String id();

    String store();

    /** OTLP over gRPC to the store's OTLP endpoint (Jaeger takes OTLP natively; its own exporter was removed). */
    record Otlp(String id, String store) implements CollectorExporter {
    }

    /** A Prometheus endpoint the store's scrape job reads. */
    record Prometheus(String id, String endpoint, String store) implements CollectorExporter {
    }
}
