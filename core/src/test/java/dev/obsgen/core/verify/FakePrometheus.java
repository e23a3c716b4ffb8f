package dev.obsgen.core.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.obsgen.promql.Expr;
import dev.obsgen.promql.LabelMatcher;
import dev.obsgen.promql.PromQL;
import dev.obsgen.promql.VectorSelector;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import javax.net.ssl.SSLContext;

/**
 * A stand-in Prometheus on 127.0.0.1 that answers the parts of the HTTP API verification reads, from a small world
 * of jobs, targets, series, metadata and rules: selectors in {@code match[]} are parsed and matched for real, so a
 * world changed on purpose (a renamed metric, an extra label) is answered as Prometheus would. It records every
 * request (path, query, Authorization header) and can answer slowly or without honouring {@code limit}, as
 * Prometheus before 2.51 does.
 */
public final class FakePrometheus implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // Without it the JDK server's separate header and body writes wait out the client's delayed ACK: 40 ms a request.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** A scrape job of the server's configuration, with its active targets. */
    public record Job(String name, String interval, List<Target> targets) {
    }

    public record Target(String address, String health, String lastError) {
    }

    /** What a job's targets announce for a metric name. */
    record Meta(String job, String metric, String type, String unit) {
    }

    public record ServedRule(String group, String name, boolean alert, String query) {
    }

    record Request(String path, Map<String, List<String>> query, String authorization) {
    }

    public final List<Job> jobs = new ArrayList<>();
    public final List<Map<String, String>> series = new ArrayList<>();
    final List<Meta> metadata = new ArrayList<>();
    public final List<ServedRule> rules = new ArrayList<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();
    volatile boolean honoursLimit = true;
    volatile long delayMillis;
    volatile String overrideConfig;
    /** When set, a request without exactly this Authorization header is answered 401. */
    volatile String requiredAuthorization;

    private final HttpServer server;

    FakePrometheus() {
        this(null);
    }

    /** Over TLS with the given context, or plain HTTP without one. */
    FakePrometheus(SSLContext tls) {
        try {
            InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
            if (tls == null) {
                server = HttpServer.create(address, 16);
            } else {
                HttpsServer https = HttpsServer.create(address, 16);
                https.setHttpsConfigurator(new HttpsConfigurator(tls));
                server = https;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "fake-prometheus");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    public String url() {
        return (server instanceof HttpsServer ? "https" : "http") + "://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A server faithful to {@link VerifyShopModel}: what a deployment of its generated files would hold. */
    public static FakePrometheus faithful() {
        return faithful(null);
    }

    static FakePrometheus faithful(SSLContext tls) {
        FakePrometheus fake = new FakePrometheus(tls);
        fake.jobs.add(new Job("orders", "15s", new ArrayList<>(List.of(
                new Target(VerifyShopModel.ORDERS_TARGET, "up", "")))));
        fake.jobs.add(new Job("payments", "15s", new ArrayList<>(List.of(
                new Target(VerifyShopModel.PAYMENTS_TARGET, "up", "")))));
        fake.jobs.add(new Job("prometheus", "15s", new ArrayList<>(List.of(new Target("localhost:9090", "up", "")))));
        String orders = VerifyShopModel.ORDERS_TARGET;
        String payments = VerifyShopModel.PAYMENTS_TARGET;
        for (String status : List.of("ok", "failed")) {
            fake.add("orders_placed_total", "orders", orders, "status", status);
        }
        fake.add("orders_queue_depth", "orders", orders, "queue", "eu");
        for (String le : List.of("0.1", "1", "+Inf")) {
            fake.add("orders_latency_seconds_bucket", "orders", orders, "le", le);
        }
        fake.add("orders_latency_seconds_sum", "orders", orders);
        fake.add("orders_latency_seconds_count", "orders", orders);
        fake.add("payments_processed_total", "payments", payments, "method", "card");
        fake.add("payments_pending", "payments", payments);
        for (String job : List.of("orders", "payments")) {
            String target = job.equals("orders") ? orders : payments;
            fake.add("up", job, target);
            fake.add("scrape_duration_seconds", job, target);
            fake.add("scrape_samples_scraped", job, target);
        }
        // Series rules write carry the job label too; they are not metrics the job exposes.
        fake.series.add(new TreeMap<>(Map.of("__name__", "job:orders_placed:rate5m", "job", "orders")));
        fake.series.add(new TreeMap<>(Map.of("__name__", "ALERTS", "job", "payments", "alertname", "PaymentsBacklog",
                "alertstate", "pending")));
        fake.add("prometheus_build_info", "prometheus", "localhost:9090");
        fake.metadata.add(new Meta("orders", "orders_placed_total", "counter", ""));
        fake.metadata.add(new Meta("orders", "orders_queue_depth", "gauge", ""));
        fake.metadata.add(new Meta("orders", "orders_latency_seconds", "histogram", ""));
        fake.metadata.add(new Meta("payments", "payments_processed_total", "counter", ""));
        fake.metadata.add(new Meta("payments", "payments_pending", "gauge", ""));
        fake.metadata.add(new Meta("prometheus", "prometheus_build_info", "gauge", ""));
        // Printed as Prometheus prints them, not as the model writes them.
        fake.rules.add(new ServedRule("shop", "job:orders_placed:rate5m", false,
                "sum by(job) (rate(orders_placed_total[5m]))"));
        fake.rules.add(new ServedRule("shop", "PaymentsBacklog", true, "payments_pending > 100"));
        return fake;
    }

    /** Adds a series: its name, job, instance and label pairs. */
    public FakePrometheus add(String name, String job, String instance, String... pairs) {
        Map<String, String> labels = new TreeMap<>();
        labels.put("__name__", name);
        labels.put("job", job);
        labels.put("instance", instance);
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            labels.put(pairs[i], pairs[i + 1]);
        }
        series.add(labels);
        return this;
    }

    /** Renames every series of a metric. */
    public void rename(String from, String to) {
        series.stream().filter(s -> from.equals(s.get("__name__"))).forEach(s -> s.put("__name__", to));
        metadata.replaceAll(m -> m.metric().equals(from) ? new Meta(m.job(), to, m.type(), m.unit()) : m);
    }

    /** Sets a label on every series of a metric (null removes it). */
    public void label(String metric, String label, String value) {
        series.stream().filter(s -> metric.equals(s.get("__name__"))).forEach(s -> {
            if (value == null) {
                s.remove(label);
            } else {
                s.put(label, value);
            }
        });
    }

    public void meta(String job, String metric, String type, String unit) {
        metadata.removeIf(m -> m.job().equals(job) && m.metric().equals(metric));
        metadata.add(new Meta(job, metric, type, unit));
    }

    public Job job(String name) {
        return jobs.stream().filter(j -> j.name().equals(name)).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            Map<String, List<String>> query = query(exchange.getRequestURI().getRawQuery());
            requests.add(new Request(path, query, exchange.getRequestHeaders().getFirst("Authorization")));
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            Object data = requiredAuthorization != null && !requiredAuthorization.equals(authorization) ? null
                    : answer(path, query);
            byte[] body;
            int status = 200;
            if (data == null && requiredAuthorization != null && !requiredAuthorization.equals(authorization)) {
                status = 401;
                body = "Unauthorized\n".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/plain");
            } else if (data == null) {
                status = 404;
                body = "404 page not found\n".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/plain");
            } else {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("status", "success");
                answer.put("data", data);
                body = JSON.writeValueAsBytes(answer);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
            }
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The client went away (a timeout or a bound): nothing to answer.
        }
    }

    private Object answer(String path, Map<String, List<String>> query) {
        if (path.equals("/api/v1/status/config")) {
            return Map.of("yaml", overrideConfig != null ? overrideConfig : config());
        }
        if (path.equals("/api/v1/targets")) {
            List<Object> active = new ArrayList<>();
            for (Job job : jobs) {
                for (Target target : job.targets()) {
                    active.add(Map.of("discoveredLabels", Map.of("__address__", target.address(), "job", job.name()),
                            "labels", Map.of("instance", target.address(), "job", job.name()),
                            "scrapePool", job.name(), "health", target.health(), "lastError", target.lastError()));
                }
            }
            return Map.of("activeTargets", active, "droppedTargets", List.of());
        }
        if (path.equals("/api/v1/rules")) {
            Map<String, List<Object>> groups = new LinkedHashMap<>();
            for (ServedRule rule : rules) {
                groups.computeIfAbsent(rule.group(), g -> new ArrayList<>()).add(Map.of("name", rule.name(),
                        "query", rule.query(), "type", rule.alert() ? "alerting" : "recording", "health", "ok"));
            }
            List<Object> list = new ArrayList<>();
            groups.forEach((name, entries) -> list.add(Map.of("name", name, "file", "/rules.yml", "rules", entries,
                    "interval", 15)));
            return Map.of("groups", list);
        }
        if (path.equals("/api/v1/series")) {
            return limited(matching(query).stream().map(s -> (Object) s).toList(), query);
        }
        if (path.equals("/api/v1/labels")) {
            Set<String> names = new TreeSet<>();
            matching(query).forEach(s -> names.addAll(s.keySet()));
            return List.copyOf(names);
        }
        if (path.startsWith("/api/v1/label/") && path.endsWith("/values")) {
            String label = URLDecoder.decode(path.substring("/api/v1/label/".length(), path.length() - "/values".length()),
                    StandardCharsets.UTF_8);
            Set<String> values = new TreeSet<>();
            matching(query).forEach(s -> {
                if (s.containsKey(label)) {
                    values.add(s.get(label));
                }
            });
            return limited(List.copyOf(values), query);
        }
        if (path.equals("/api/v1/metadata")) {
            String metric = first(query, "metric");
            Map<String, List<Object>> data = new TreeMap<>();
            for (Meta meta : metadata) {
                if (metric == null || metric.equals(meta.metric())) {
                    Object entry = Map.of("type", meta.type(), "help", "", "unit", meta.unit());
                    List<Object> entries = data.computeIfAbsent(meta.metric(), m -> new ArrayList<>());
                    if (!entries.contains(entry)) {
                        entries.add(entry);
                    }
                }
            }
            return data;
        }
        if (path.equals("/api/v1/targets/metadata")) {
            String metric = first(query, "metric");
            Predicate<Map<String, String>> target = selector(first(query, "match_target"));
            List<Object> data = new ArrayList<>();
            for (Job job : jobs) {
                for (Target address : job.targets()) {
                    if (!target.test(Map.of("job", job.name(), "instance", address.address()))) {
                        continue;
                    }
                    for (Meta meta : metadata) {
                        if (meta.job().equals(job.name()) && (metric == null || metric.equals(meta.metric()))) {
                            data.add(Map.of("target", Map.of("job", job.name(), "instance", address.address()),
                                    "metric", meta.metric(), "type", meta.type(), "help", "", "unit", meta.unit()));
                        }
                    }
                }
            }
            return data;
        }
        return null;
    }

    private String config() {
        StringBuilder yaml = new StringBuilder("global:\n  scrape_interval: 1m\n  evaluation_interval: 1m\nscrape_configs:\n");
        for (Job job : jobs) {
            yaml.append("- job_name: ").append(job.name()).append('\n')
                    .append("  scrape_interval: ").append(job.interval()).append('\n')
                    .append("  static_configs:\n  - targets:\n");
            job.targets().forEach(t -> yaml.append("    - ").append(t.address()).append('\n'));
        }
        return yaml.toString();
    }

    private List<Object> limited(List<Object> items, Map<String, List<String>> query) {
        String limit = first(query, "limit");
        if (!honoursLimit || limit == null) {
            return items;
        }
        int max = Integer.parseInt(limit);
        return items.size() <= max ? items : items.subList(0, max);
    }

    private List<Map<String, String>> matching(Map<String, List<String>> query) {
        List<Predicate<Map<String, String>>> selectors = query.getOrDefault("match[]", List.of()).stream()
                .map(FakePrometheus::selector).toList();
        return series.stream().filter(s -> selectors.isEmpty() || selectors.stream().anyMatch(p -> p.test(s)))
                .toList();
    }

    private static Predicate<Map<String, String>> selector(String text) {
        if (text == null) {
            return s -> true;
        }
        Expr expr = PromQL.parse(text);
        VectorSelector selector = (VectorSelector) expr;
        List<LabelMatcher> matchers = new ArrayList<>(selector.matchers());
        if (!selector.name().isEmpty()) {
            matchers.add(LabelMatcher.of(dev.obsgen.promql.MatchType.EQUAL, "__name__", selector.name()));
        }
        return s -> matchers.stream().allMatch(m -> m.matches(s.getOrDefault(m.name(), "")));
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (raw == null) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return query;
    }
}
