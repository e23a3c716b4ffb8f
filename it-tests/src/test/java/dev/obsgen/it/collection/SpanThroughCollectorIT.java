package dev.obsgen.it.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * A span sent to the generated Collector config over OTLP/HTTP arrives in Jaeger, through the {@code otlp/jaeger}
 * exporter to Jaeger's OTLP port, with the attributes the resource processor adds.
 */
class SpanThroughCollectorIT {
    private static final String COLLECTOR = "otel/opentelemetry-collector:0.120.0";
    private static final String JAEGER = "jaegertracing/all-in-one:1.62.0";
    private static final String CONFIG = "/etc/otelcol/obsgen.yaml";

    @TempDir
    static Path output;

    @BeforeAll
    static void render() {
        OneShotContainer.renderMetaflow(output);
    }

    @BeforeEach
    void docker() {
        OneShotContainer.requireDocker("the span through the Collector to Jaeger");
    }

    @Test
    void aSpanSentToTheCollectorArrivesInJaeger() {
        try (Network network = Network.newNetwork();
             GenericContainer<?> jaeger = new GenericContainer<>(DockerImageName.parse(JAEGER))
                     .withNetwork(network).withNetworkAliases("jaeger")
                     .withEnv("COLLECTOR_OTLP_ENABLED", "true")
                     .withExposedPorts(16686)
                     .waitingFor(Wait.forHttp("/").forPort(16686));
             GenericContainer<?> collector = new GenericContainer<>(DockerImageName.parse(COLLECTOR))
                     .withNetwork(network)
                     .withCopyFileToContainer(MountableFile.forHostPath(
                             output.resolve("otel-collector/otel-collector.yaml")), CONFIG)
                     .withCommand("--config=" + CONFIG)
                     .withExposedPorts(4318, 13133)
                     .waitingFor(Wait.forHttp("/").forPort(13133))) {
            jaeger.start();
            collector.start();
            String traceId = "5b8efff798038103d269b633813fc60c";
            String span = """
                    {"resourceSpans": [{"resource": {"attributes": [
                      {"key": "service.name", "value": {"stringValue": "metaflow-test"}}]},
                      "scopeSpans": [{"spans": [{"traceId": "%s", "spanId": "eee19b7ec3c1b174",
                        "name": "metaflow.run", "kind": 1,
                        "startTimeUnixNano": "%d", "endTimeUnixNano": "%d",
                        "attributes": [{"key": "metaflow.flow_name", "value": {"stringValue": "TrainingFlow"}}]}]}]}]}
                    """.formatted(traceId, System.currentTimeMillis() * 1_000_000L, (System.currentTimeMillis() + 5) * 1_000_000L);
            ContainerHttp.send("POST", "http://" + collector.getHost() + ":" + collector.getMappedPort(4318) + "/v1/traces",
                    "application/json", span);
            String jaegerApi = "http://" + jaeger.getHost() + ":" + jaeger.getMappedPort(16686);
            JsonNode trace = ContainerHttp.await("the span reaching Jaeger", Duration.ofSeconds(60), () -> {
                JsonNode data = ContainerHttp.send("GET", jaegerApi + "/api/traces/" + traceId, null, null).path("data");
                return data.isArray() && !data.isEmpty() ? Optional.of(data.get(0)) : Optional.empty();
            });
            assertEquals("metaflow.run", trace.path("spans").get(0).path("operationName").asText());
            String process = trace.path("processes").toString();
            assertEquals(true, process.contains("deployment.environment") && process.contains("production"), process);
        }
    }
}
