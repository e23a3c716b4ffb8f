package dev.obsgen.it.stack;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import dev.obsgen.model.Observability;
import dev.obsgen.model.scrape.ScrapeJob;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.testcontainers.Testcontainers;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The live stack for users with Docker: the official Prometheus, Alertmanager and Grafana images on a private
 * network, fed by the same {@link SyntheticExporter} and capture servers on the host (reached through Testcontainers'
 * host port forwarding) and configured by the same {@link LocalStackProfile}. Container ports are published on
 * 127.0.0.1 only.
 */
public final class ContainerStack implements AutoCloseable {
    public static final DockerImageName PROMETHEUS = DockerImageName.parse("prom/prometheus:v2.42.0");
    public static final DockerImageName ALERTMANAGER = DockerImageName.parse("prom/alertmanager:v0.25.0");
    public static final DockerImageName GRAFANA = DockerImageName.parse("grafana/grafana:10.4.2");
    private static final String HOST = "host.testcontainers.internal";
    private static final String SECRETS = "/etc/alertmanager/secrets/";

    private final ShutdownOrder started = new ShutdownOrder();
    private final Path directory;
    private SyntheticExporter exporter;
    private PagerDutyCapture pagerDuty;
    private SlackCapture slack;
    private EmailCapture email;
    private GenericContainer<?> prometheus;
    private GenericContainer<?> alertmanager;
    private GenericContainer<?> grafana;

    private ContainerStack(Path directory) {
        this.directory = directory;
    }

    public static ContainerStack start(Observability production, Path directory) {
        ContainerStack stack = new ContainerStack(directory);
        try {
            stack.startAll(production);
            return stack;
        } catch (RuntimeException | IOException e) {
            RuntimeException failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
            try {
                stack.close();
            } catch (RuntimeException closing) {
                failure.addSuppressed(closing);
            }
            throw failure;
        }
    }

    private void startAll(Observability production) throws IOException {
        pagerDuty = remember(new PagerDutyCapture());
        slack = remember(new SlackCapture());
        email = remember(new EmailCapture());
        exporter = remember(SyntheticExporter.start(production));
        List<Integer> hostPorts = new ArrayList<>(List.of(pagerDuty.port(), slack.port(), email.port()));
        Map<String, String> targets = new LinkedHashMap<>();
        for (ScrapeJob job : production.scrapeJobs()) {
            hostPorts.add(exporter.port(job.name()));
            targets.put(job.name(), HOST + ":" + exporter.port(job.name()));
        }
        Testcontainers.exposeHostPorts(hostPorts.stream().mapToInt(Integer::intValue).toArray());

        Path config = directory.resolve("config");
        Path secrets = Files.createDirectories(directory.resolve("secrets"));
        Files.writeString(secrets.resolve("pagerduty-routing-key"), "local-stack-routing-key\n", StandardCharsets.UTF_8);
        Files.writeString(secrets.resolve("slack-api-url"), slack.urlVia(HOST) + "\n", StandardCharsets.UTF_8);
        Observability profile = LocalStackProfile.of(production, new LocalEndpoints(targets, "alertmanager:9093",
                pagerDuty.urlVia(HOST), Path.of(SECRETS + "pagerduty-routing-key"), Path.of(SECRETS + "slack-api-url"),
                HOST + ":" + email.port()));
        StackFiles.render(profile, config);
        Path datasources = Files.createDirectories(directory.resolve("grafana"));
        Files.writeString(datasources.resolve("prometheus.yml"), """
                apiVersion: 1
                datasources:
                  - name: Prometheus
                    uid: prometheus
                    type: prometheus
                    access: proxy
                    url: http://prometheus:9090
                    isDefault: true
                """, StandardCharsets.UTF_8);

        Network network = remember(Network.newNetwork());
        alertmanager = remember(onLoopback(new GenericContainer<>(ALERTMANAGER), 9093)
                .withNetwork(network).withNetworkAliases("alertmanager")
                .withCopyFileToContainer(MountableFile.forHostPath(config.resolve(StackFiles.ALERTMANAGER_CONFIG)),
                        "/etc/alertmanager/alertmanager.yml")
                .withCopyFileToContainer(MountableFile.forHostPath(secrets), SECRETS)
                .withCommand("--config.file=/etc/alertmanager/alertmanager.yml", "--storage.path=/alertmanager",
                        "--cluster.listen-address=")
                .waitingFor(Wait.forHttp("/-/ready").forStatusCode(200)));
        alertmanager.start();
        prometheus = remember(onLoopback(new GenericContainer<>(PROMETHEUS), 9090)
                .withNetwork(network).withNetworkAliases("prometheus")
                .withCopyFileToContainer(MountableFile.forHostPath(config.resolve("prometheus")), "/etc/prometheus/")
                .withCommand("--config.file=/etc/prometheus/prometheus.yml", "--storage.tsdb.path=/prometheus",
                        "--web.enable-lifecycle", "--rules.alert.resend-delay=" + LocalStackProfile.RESEND_DELAY)
                .waitingFor(Wait.forHttp("/-/ready").forStatusCode(200)));
        prometheus.start();
        grafana = remember(onLoopback(new GenericContainer<>(GRAFANA), 3000)
                .withNetwork(network)
                .withEnv("GF_AUTH_ANONYMOUS_ENABLED", "true")
                .withEnv("GF_AUTH_ANONYMOUS_ORG_ROLE", "Admin")
                .withCopyFileToContainer(MountableFile.forHostPath(datasources.resolve("prometheus.yml")),
                        "/etc/grafana/provisioning/datasources/prometheus.yml")
                .waitingFor(Wait.forHttp("/api/health").forStatusCode(200)));
        grafana.start();
    }

    /** Publishes the container port on 127.0.0.1 only, at a port Docker chooses. */
    private static GenericContainer<?> onLoopback(GenericContainer<?> container, int port) {
        return container.withExposedPorts(port).withCreateContainerCmdModifier(command -> command.getHostConfig()
                .withPortBindings(new PortBinding(Ports.Binding.bindIp("127.0.0.1"), ExposedPort.tcp(port))));
    }

    private <T extends AutoCloseable> T remember(T piece) {
        return started.push(piece);
    }

    public SyntheticExporter exporter() {
        return exporter;
    }

    public PagerDutyCapture pagerDuty() {
        return pagerDuty;
    }

    public SlackCapture slack() {
        return slack;
    }

    public EmailCapture email() {
        return email;
    }

    public URI prometheusUrl() {
        return URI.create("http://127.0.0.1:" + prometheus.getMappedPort(9090));
    }

    public URI grafanaUrl() {
        return URI.create("http://127.0.0.1:" + grafana.getMappedPort(3000));
    }

    public String logs() {
        StringBuilder out = new StringBuilder();
        for (GenericContainer<?> container : new GenericContainer<?>[] {prometheus, alertmanager, grafana}) {
            if (container != null && container.isRunning()) {
                out.append("==== ").append(container.getDockerImageName()).append(" ====\n").append(container.getLogs());
            }
        }
        return out.toString();
    }

    @Override
    public void close() {
        started.closeAll("container stack", directory);
    }
}
