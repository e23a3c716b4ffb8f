package dev.obsgen.it.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.obsgen.core.Generation;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.write.OutputWriter;
import dev.obsgen.definitions.metaflow.MetaflowObservability;
import dev.obsgen.model.Observability;
import dev.obsgen.model.collection.SearchStore;
import dev.obsgen.model.collection.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
 * Fluent Bit, with the generated classic config, tails log lines in the design's format and indexes them into
 * Elasticsearch through the generated index template: the documents land in the data stream the template matches,
 * with the design's timestamp as {@code @timestamp} and the context fields mapped with their types.
 *
 * <p>The one override: the test cluster speaks plain HTTP, so the search store is rendered without TLS.
 */
class LogsIntoElasticsearchIT {
    private static final String ELASTICSEARCH = "docker.elastic.co/elasticsearch/elasticsearch:8.15.3";
    private static final String FLUENT_BIT = "fluent/fluent-bit:4.0.0-debug";
    private static final String LOG_FILE = "/var/log/metaflow/metadata-service.log";
    private static final String LINE = "{\"timestamp\": \"2026-01-24T10:30:00.123Z\", \"level\": \"INFO\", "
            + "\"logger\": \"metaflow.step_executor\", \"message\": \"Step completed\", \"context\": {\"flow_name\": "
            + "\"TrainingFlow\", \"run_id\": \"1706123456789\", \"step_name\": \"train\", \"task_id\": \"12345\", "
            + "\"attempt\": 0, \"duration_seconds\": 120.5}, \"trace_id\": \"5b8efff798038103d269b633813fc60c\", "
            + "\"span_id\": \"eee19b7ec3c1b174\"}";

    @TempDir
    static Path output;

    @BeforeAll
    static void render() {
        Observability model = new MetaflowObservability().define();
        List<Store> stores = model.collection().stores().stream()
                .map(store -> store instanceof SearchStore s ? (Store) new SearchStore(s.name(), s.description(),
                        s.engine(), s.hostVariable(), s.portVariable(), s.userVariable(), s.passwordVariable(), null,
                        s.index(), s.template()) : store)
                .toList();
        Observability plainHttp = model.toBuilder()
                .collection(model.collection().toBuilder().stores(stores).build()).build();
        new OutputWriter().write(Generation.standard().render(plainHttp, RenderSettings.of("test")).output(), output);
    }

    @BeforeEach
    void docker() {
        OneShotContainer.requireDocker("Fluent Bit indexing into Elasticsearch", "LogsIntoOpenSearchIT indexes every"
                + " log event through the same template into an OpenSearch node in the test JVM.");
    }

    @Test
    void logLinesLandInTheTemplatesDataStreamWithTheirTypes() throws Exception {
        try (Network network = Network.newNetwork();
             GenericContainer<?> elasticsearch = new GenericContainer<>(DockerImageName.parse(ELASTICSEARCH))
                     .withNetwork(network).withNetworkAliases("elasticsearch")
                     .withEnv("discovery.type", "single-node")
                     .withEnv("xpack.security.enabled", "false")
                     .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m")
                     .withExposedPorts(9200)
                     .waitingFor(Wait.forHttp("/_cluster/health").forPort(9200).withStartupTimeout(Duration.ofMinutes(3)));
             GenericContainer<?> fluentBit = new GenericContainer<>(DockerImageName.parse(FLUENT_BIT))
                     .withNetwork(network)
                     .withCopyFileToContainer(MountableFile.forHostPath(output.resolve("fluent-bit/fluent-bit.conf")),
                             "/fluent-bit/etc/fluent-bit.conf")
                     .withCopyFileToContainer(MountableFile.forHostPath(output.resolve("fluent-bit/parsers.conf")),
                             "/fluent-bit/etc/parsers.conf")
                     .withEnv("ELASTICSEARCH_HOST", "elasticsearch")
                     .withEnv("ELASTICSEARCH_PORT", "9200")
                     .withEnv("ELASTICSEARCH_USER", "elastic")
                     .withEnv("ELASTICSEARCH_PASSWORD", "unused-without-security")
                     .withCommand("/fluent-bit/bin/fluent-bit", "-c", "/fluent-bit/etc/fluent-bit.conf")) {
            elasticsearch.start();
            String api = "http://" + elasticsearch.getHost() + ":" + elasticsearch.getMappedPort(9200);
            ContainerHttp.send("PUT", api + "/_index_template/metaflow-logs", "application/json",
                    template(output.resolve("elasticsearch/elasticsearch/metaflow-logs.index-template.json")));
            fluentBit.start();
            // The tail input starts at the end of files it has no offset for, so the lines are written after it runs.
            fluentBit.execInContainer("sh", "-c", "mkdir -p /var/log/metaflow && for i in 1 2 3; do echo '"
                    + LINE + "' >> " + LOG_FILE + "; done");
            JsonNode hits = ContainerHttp.await("three log lines indexed into metaflow-logs-production",
                    Duration.ofMinutes(2), () -> {
                        JsonNode result = ContainerHttp.send("GET", api + "/metaflow-logs-production/_search", null, null);
                        return result.path("hits").path("total").path("value").asInt() >= 3
                                ? Optional.of(result.path("hits").path("hits")) : Optional.empty();
                    });
            JsonNode source = hits.get(0).path("_source");
            assertEquals("2026-01-24T10:30:00.123Z", source.path("@timestamp").asText());
            assertEquals("TrainingFlow", source.path("context").path("flow_name").asText());
            assertEquals("production", source.path("environment").asText());
            JsonNode mapping = ContainerHttp.send("GET", api + "/metaflow-logs-production/_mapping", null, null);
            String mapped = mapping.toString();
            assertEquals(true, mapped.contains("\"flow_name\":{\"type\":\"keyword\"}"), mapped);
            assertEquals(true, mapped.contains("\"attempt\":{\"type\":\"integer\"}"), mapped);
        }
    }

    private static String template(Path file) throws IOException {
        return Files.readString(file);
    }
}
