package dev.obsgen.model.collection;

import java.util.Objects;

/**
 * Jaeger, which takes traces over OTLP gRPC ({@code host:4317}; {@code insecure} means no TLS on that port) and
 * answers trace queries at {@code queryUrl} (its UI and API, where Grafana's Jaeger data source points).
 */
public record JaegerStore(String name, String description, String otlpEndpoint, boolean insecure, String queryUrl)
        implements Store {
    public JaegerStore {
        Objects.requireNonNull(name, "store name");
        Objects.requireNonNull(otlpEndpoint, "OTLP endpoint of store " + name);
        description = description == null ? "" : description;
    }
}
