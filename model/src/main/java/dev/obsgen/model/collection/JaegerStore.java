package dev.obsgen.model.collection;

import dev.obsgen.model.Nullable;

/**
 * Jaeger, which takes traces over OTLP gRPC ({@code host:4317}; {@code insecure} means no TLS on that port) and
 * answers trace queries at {@code queryUrl} (its UI and API, where Grafana's Jaeger data source points).
 */
public record JaegerStore(String name, String description, String otlpEndpoint, boolean insecure,
                          @Nullable String queryUrl)
        implements Store {
    public JaegerStore {
        description = description == null ? "" : description;
    }
}
