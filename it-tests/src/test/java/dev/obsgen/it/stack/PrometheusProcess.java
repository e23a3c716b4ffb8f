package dev.obsgen.it.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prometheus from the Debian package as a child process on 127.0.0.1, with its own TSDB directory, the lifecycle
 * API (for {@code /-/reload}) and the profile's short alert resend delay ({@link LocalStackProfile#RESEND_DELAY}),
 * so that an Alertmanager that comes back receives the firing alerts at the next evaluation, not after the default
 * minute. Its HTTP API is wrapped here.
 */
public final class PrometheusProcess {
    private final ManagedProcess process;
    private final URI base;

    private PrometheusProcess(ManagedProcess process, URI base) {
        this.process = process;
        this.base = base;
    }

    public static PrometheusProcess start(Path binary, Path configFile, Path dataDirectory, Path logFile) {
        int port = FreePort.onLoopback();
        URI base = URI.create("http://127.0.0.1:" + port);
        ManagedProcess process = new ManagedProcess("prometheus", List.of(
                binary.toString(),
                "--config.file=" + configFile,
                "--storage.tsdb.path=" + dataDirectory,
                "--web.listen-address=127.0.0.1:" + port,
                "--web.enable-lifecycle",
                "--rules.alert.resend-delay=" + LocalStackProfile.RESEND_DELAY), logFile, base.resolve("/-/ready"));
        PrometheusProcess prometheus = new PrometheusProcess(process, base);
        process.start();
        return prometheus;
    }

    public URI baseUrl() {
        return base;
    }

    public void stop() {
        process.stop();
    }

    /** Stops and starts again with the same flags: the same port, config and TSDB directory. */
    public void restart() {
        process.stop();
        process.start();
    }

    public boolean isRunning() {
        return process.isRunning();
    }

    public String logTail(int lines) {
        return process.logTail(lines);
    }

    /** {@code /api/v1/rules}: the loaded rule groups with each rule's health. */
    public JsonNode ruleGroups() {
        return data(api("/api/v1/rules")).path("groups");
    }

    public JsonNode activeTargets() {
        return data(api("/api/v1/targets")).path("activeTargets");
    }

    /** {@code /api/v1/alerts}: the pending and firing alerts. */
    public JsonNode alerts() {
        return data(api("/api/v1/alerts")).path("alerts");
    }

    /** The alerts of one name in one state ({@code pending} or {@code firing}). */
    public List<JsonNode> alerts(String alertName, String state) {
        List<JsonNode> matching = new ArrayList<>();
        for (JsonNode alert : alerts()) {
            if (alertName.equals(alert.path("labels").path("alertname").asText())
                    && state.equals(alert.path("state").asText())) {
                matching.add(alert);
            }
        }
        return matching;
    }

    /** An instant query; a PromQL error fails with Prometheus' own message. */
    public QueryResult query(String promql) {
        return new QueryResult(promql, data(api("/api/v1/query?query=" + encode(promql))));
    }

    public QueryResult queryAt(String promql, double unixSeconds) {
        return new QueryResult(promql, data(api("/api/v1/query?query=" + encode(promql) + "&time=" + unixSeconds)));
    }

    /**
     * {@code /api/v1/query_range} from {@code start} to {@code end} (Unix seconds) at {@code stepSeconds}; a PromQL
     * error fails with Prometheus' own message.
     */
    public RangeResult queryRange(String promql, double start, double end, double stepSeconds) {
        return new RangeResult(promql, data(api("/api/v1/query_range?query=" + encode(promql) + "&start=" + start
                + "&end=" + end + "&step=" + stepSeconds)));
    }

    /** The value of the only sample an instant query returns, when it returns exactly one. */
    public Optional<Double> single(String promql) {
        QueryResult result = query(promql);
        return result.samples().size() == 1 ? Optional.of(result.samples().get(0).value()) : Optional.empty();
    }

    /** {@code POST /-/reload}: Prometheus answers 500 and keeps its old configuration when the new one is invalid. */
    public HttpResponse<String> reload() {
        return HttpJson.post(base.resolve("/-/reload"));
    }

    /** The sum of a metric Prometheus exposes about itself on {@code /metrics} (it does not scrape itself here). */
    public double ownMetric(String name) {
        double sum = 0;
        for (String line : HttpJson.getText(base.resolve("/metrics")).split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    private JsonNode api(String pathAndQuery) {
        return HttpJson.get(URI.create(base + pathAndQuery));
    }

    private static JsonNode data(JsonNode answer) {
        if (!"success".equals(answer.path("status").asText())) {
            throw new IllegalStateException("Prometheus answered " + answer);
        }
        return answer.path("data");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
