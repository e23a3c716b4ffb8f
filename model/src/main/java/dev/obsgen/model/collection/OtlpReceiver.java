package dev.obsgen.model.collection;

import java.util.Objects;

/** The Collector's OTLP receiver on gRPC and HTTP; addresses are explicit because the defaults are loopback only. */
public record OtlpReceiver(String id, String grpcEndpoint, String httpEndpoint) {
    public OtlpReceiver {
        Objects.requireNonNull(id, "receiver id");
    }

    public static OtlpReceiver allInterfaces() {
        return new OtlpReceiver("otlp", "0.0.0.0:4317", "0.0.0.0:4318");
    }
}
