package dev.obsgen.it.collection;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The core {@code otelcol} distribution validates the Metaflow model's Collector config: every component exists in
 * that build and every pipeline is wired.
 */
class CollectorValidateIT {
    private static final String IMAGE = "otel/opentelemetry-collector:0.120.0";
    private static final String CONFIG = "/etc/otelcol/obsgen.yaml";

    @TempDir
    static Path output;

    @BeforeAll
    static void render() {
        OneShotContainer.renderMetaflow(output);
    }

    @BeforeEach
    void docker() {
        OneShotContainer.requireDocker("otelcol validate");
    }

    @Test
    void theCoreDistributionValidatesTheConfig() {
        OneShotContainer.run(IMAGE, Map.of(output.resolve("otel-collector/otel-collector.yaml"), CONFIG), Map.of(),
                "validate", "--config=" + CONFIG);
    }
}
