package dev.obsgen.it.grafana;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.obsgen.core.render.grafana.DashboardProvisioningRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The official Grafana image with a {@code generated/grafana} tree in the places the generated provisioning expects:
 * {@code provisioning/} as Grafana's provisioning directory and {@code dashboards/} at the provider's path.
 */
final class ProvisionedGrafana implements AutoCloseable {
    private static final int PORT = 3000;
    private static final String ADMIN_PASSWORD = "obsgen-it";
    /** {@code $VAR} and {@code ${VAR}}: what Grafana expands in provisioning files from its environment. */
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Z][A-Z0-9_]*)}?");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final GenericContainer<?> container;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ProvisionedGrafana(GenericContainer<?> container) {
        this.container = container;
    }

    static ProvisionedGrafana start(String image, Path grafanaDirectory) {
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(image))
                .withExposedPorts(PORT)
                .withEnv("GF_SECURITY_ADMIN_PASSWORD", ADMIN_PASSWORD)
                .withCopyFileToContainer(MountableFile.forHostPath(grafanaDirectory.resolve("provisioning")),
                        "/etc/grafana/provisioning")
                .withCopyFileToContainer(MountableFile.forHostPath(grafanaDirectory.resolve("dashboards")),
                        DashboardProvisioningRenderer.MOUNT_PATH)
                .waitingFor(Wait.forHttp("/api/health").forStatusCode(200).withStartupTimeout(Duration.ofMinutes(3)));
        // The data sources read their secrets from the environment; unset, Grafana would provision empty strings.
        for (String variable : provisioningVariables(grafanaDirectory.resolve("provisioning"))) {
            container.withEnv(variable, "obsgen-it-" + variable.toLowerCase());
        }
        container.start();
        return new ProvisionedGrafana(container);
    }

    /** Every environment variable the provisioning files reference. */
    static Set<String> provisioningVariables(Path provisioning) {
        Set<String> variables = new TreeSet<>();
        try (Stream<Path> files = Files.walk(provisioning)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = VARIABLE.matcher(Files.readString(file));
                while (m.find()) {
                    variables.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return variables;
    }

    /** Waits until the file provider has loaded every one of {@code uids}; returns those still missing. */
    Set<String> awaitDashboards(Collection<String> uids, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<String> missing = new HashSet<>(uids);
        while (true) {
            for (JsonNode hit : get("/api/search?type=dash-db&limit=5000")) {
                missing.remove(hit.path("uid").asText());
            }
            if (missing.isEmpty() || System.nanoTime() > deadline) {
                return missing;
            }
            Thread.sleep(1000);
        }
    }

    /** {@code GET /api/dashboards/uid/<uid>}: the dashboard as Grafana stored it, and its meta data. */
    JsonNode dashboard(String uid) {
        return get("/api/dashboards/uid/" + uid);
    }

    String logs() {
        return container.getLogs();
    }

    private JsonNode get(String path) {
        URI uri = URI.create("http://" + container.getHost() + ":" + container.getMappedPort(PORT) + path);
        String credentials = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during GET " + path, e);
        }
    }

    @Override
    public void close() {
        container.stop();
    }
}
