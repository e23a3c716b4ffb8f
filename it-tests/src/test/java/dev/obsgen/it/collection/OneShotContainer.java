package dev.obsgen.it.collection;

import static org.junit.jupiter.api.Assertions.fail;

import dev.obsgen.core.Generation;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.write.OutputWriter;
import dev.obsgen.definitions.metaflow.MetaflowObservability;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.startupcheck.OneShotStartupCheckStrategy;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * Runs a validating command of a real agent image once over generated files. Fluent Bit and the Collector have no
 * package on these machines, so these tests run only where a Docker engine is reachable and skip, saying so,
 * everywhere else (CI included: its machines have no engine).
 */
final class OneShotContainer {
    private OneShotContainer() {
    }

    static void requireDocker(String what) {
        requireDocker(what, "the structure of the same files is proven by the core tests FluentBitFormatsAgreeTest"
                + " and CollectorConfigTest.");
    }

    /** Skips the test unless a Docker engine answers, saying what is skipped and what proves it instead. */
    static void requireDocker(String what, String provenBy) {
        Assumptions.assumeTrue(DockerClientFactory.instance().isDockerAvailable(),
                "No Docker engine is reachable, so " + what + " is skipped; " + provenBy);
    }

    /** The Metaflow model's outputs, rendered into {@code directory}. */
    static Path renderMetaflow(Path directory) {
        new OutputWriter().write(Generation.standard()
                .render(new MetaflowObservability().define(), RenderSettings.of("test")).output(), directory);
        return directory;
    }

    /** Copies each file to its container path, runs the image with {@code command} and fails with its log unless it exits 0. */
    static void run(String image, Map<Path, String> files, Map<String, String> environment, String... command) {
        try (GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(image))) {
            files.forEach((host, inContainer) -> container.withCopyFileToContainer(MountableFile.forHostPath(host), inContainer));
            environment.forEach(container::withEnv);
            container.withCommand(command)
                    .withStartupCheckStrategy(new OneShotStartupCheckStrategy().withTimeout(Duration.ofMinutes(2)));
            try {
                container.start();
            } catch (RuntimeException e) {
                fail(image + " " + String.join(" ", command) + " failed: " + e.getMessage() + "\n" + logs(container), e);
            }
        }
    }

    private static String logs(GenericContainer<?> container) {
        try {
            return container.getLogs();
        } catch (RuntimeException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
