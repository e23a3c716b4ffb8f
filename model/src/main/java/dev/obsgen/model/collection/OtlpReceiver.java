package dev.obsgen.model.collection;

import dev.obsgen.model.Nullable;

/** The Collector's OTLP receiver on gRPC and HTTP; addresses are explicit because the defaults are loopback only. */
public record OtlpReceiver(String id, @Nullable String grpcEndpoint, @Nullable String httpEndpoint) {
    public static OtlpReceiver allInterfaces() {
        return new OtlpReceiver("otlp", "0.0.0.0:4317", "0.0.0.0:4318");
    }
}
