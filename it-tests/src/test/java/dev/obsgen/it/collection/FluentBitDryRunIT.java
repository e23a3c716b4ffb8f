package dev.obsgen.it.collection;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fluent Bit itself reads both generated configs of the Metaflow model ({@code --dry-run}) and accepts them. */
class FluentBitDryRunIT {
    private static final String IMAGE = "fluent/fluent-bit:4.0.0";
    private static final String DIRECTORY = "/fluent-bit/etc/obsgen/";
    private static final Map<String, String> ENVIRONMENT = Map.of(
            "ELASTICSEARCH_HOST", "elasticsearch", "ELASTICSEARCH_PORT", "9200",
            "ELASTICSEARCH_USER", "fluent-bit", "ELASTICSEARCH_PASSWORD", "unused-in-a-dry-run");

    @TempDir
    static Path output;

    @BeforeAll
    static void render() {
        OneShotContainer.renderMetaflow(output);
    }

    @BeforeEach
    void docker() {
        OneShotContainer.requireDocker("fluent-bit --dry-run");
    }

    @Test
    void acceptsTheClassicConfigAndItsParsersFile() {
        OneShotContainer.run(IMAGE, Map.of(
                        output.resolve("fluent-bit/fluent-bit.conf"), DIRECTORY + "fluent-bit.conf",
                        output.resolve("fluent-bit/parsers.conf"), DIRECTORY + "parsers.conf"),
                ENVIRONMENT, "/fluent-bit/bin/fluent-bit", "--dry-run", "-c", DIRECTORY + "fluent-bit.conf");
    }

    @Test
    void acceptsTheYamlConfig() {
        OneShotContainer.run(IMAGE, Map.of(output.resolve("fluent-bit/fluent-bit.yaml"), DIRECTORY + "fluent-bit.yaml"),
                ENVIRONMENT, "/fluent-bit/bin/fluent-bit", "--dry-run", "-c", DIRECTORY + "fluent-bit.yaml");
    }
}
