package dev.obsgen.it.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Alertmanager from the Debian package as a child process on 127.0.0.1 with clustering disabled (an empty
 * {@code --cluster.listen-address}), so it opens no gossip port, and its own storage directory, which keeps the
 * notification log across a restart as a production volume would.
 */
public final class AlertmanagerProcess {
    private final ManagedProcess process;
    private final URI base;
    private final int port;

    private AlertmanagerProcess(ManagedProcess process, URI base, int port) {
        this.process = process;
        this.base = base;
        this.port = port;
    }

    /** Chooses the port first: Prometheus' configuration must name it before Alertmanager starts. */
    static AlertmanagerProcess prepare(Path binary, Path configFile, Path storage, Path logFile) {
        int port = FreePort.onLoopback();
        URI base = URI.create("http://127.0.0.1:" + port);
        ManagedProcess process = new ManagedProcess("alertmanager", List.of(
                binary.toString(),
                "--config.file=" + configFile,
                "--storage.path=" + storage,
                "--web.listen-address=127.0.0.1:" + port,
                "--web.external-url=" + base,
                "--cluster.listen-address=",
                "--log.level=debug"), logFile, base.resolve("/-/ready"));
        return new AlertmanagerProcess(process, base, port);
    }

    /** The {@code host:port} Prometheus sends alerts to. */
    public String address() {
        return "127.0.0.1:" + port;
    }

    public URI baseUrl() {
        return base;
    }

    public void start() {
        process.start();
    }

    public void stop() {
        process.stop();
    }

    public boolean isRunning() {
        return process.isRunning();
    }

    public String logTail(int lines) {
        return process.logTail(lines);
    }

    /** {@code /api/v2/alerts}: every alert Alertmanager holds, with its state, receivers and inhibitors. */
    public JsonNode alerts() {
        return HttpJson.get(base.resolve("/api/v2/alerts"));
    }

    public List<JsonNode> alerts(String alertName) {
        List<JsonNode> matching = new ArrayList<>();
        for (JsonNode alert : alerts()) {
            if (alertName.equals(alert.path("labels").path("alertname").asText())) {
                matching.add(alert);
            }
        }
        return matching;
    }
}
