package dev.obsgen.core.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.obsgen.core.verify.PrometheusClient.Param;
import dev.obsgen.core.verify.ServerSnapshot.ActiveTarget;
import dev.obsgen.core.verify.ServerSnapshot.Exposed;
import dev.obsgen.core.verify.ServerSnapshot.Metadata;
import dev.obsgen.core.verify.ServerSnapshot.MetricSeen;
import dev.obsgen.core.verify.ServerSnapshot.ServerRule;
import dev.obsgen.model.metric.Label;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.metric.MetricType;
import dev.obsgen.model.scrape.ScrapeJob;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads from one server what verification compares with a model: the configuration ({@code /api/v1/status/config}),
 * the active targets ({@code /api/v1/targets}), the rules ({@code /api/v1/rules}), each job's metric names
 * ({@code /api/v1/label/__name__/values}), and for each declared metric its series ({@code /api/v1/series}), label
 * names ({@code /api/v1/labels}), closed-set label values ({@code /api/v1/label/<name>/values}) and metadata
 * ({@code /api/v1/metadata}, and per job {@code /api/v1/targets/metadata} where targets disagree). Series and
 * label queries look back {@link #LOOKBACK}.
 */
final class PrometheusReader {
    static final Duration LOOKBACK = Duration.ofMinutes(15);
    /** The most metric names read for one job and label values for one label. */
    static final int MAX_NAMES = 10_000;

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final PrometheusClient client;
    private final int maxSeries;
    private final Clock clock;

    PrometheusReader(PrometheusClient client, int maxSeries, Clock clock) {
        this.client = client;
        this.maxSeries = maxSeries;
        this.clock = clock;
    }

    ServerSnapshot read(VerifiedModel model) {
        Map<String, String> intervals = jobIntervals();
        Map<String, List<ActiveTarget>> targets = targets();
        List<ServerRule> rules = rules();
        String start = Long.toString(clock.instant().minus(LOOKBACK).getEpochSecond());
        Map<String, Exposed> exposed = new TreeMap<>();
        Map<String, MetricSeen> metrics = new TreeMap<>();
        for (ScrapeJob job : model.jobs()) {
            if (!intervals.containsKey(job.name())) {
                continue;
            }
            String jobMatcher = "job=\"" + escape(job.name()) + "\"";
            PrometheusClient.Items names = client.items("/api/v1/label/__name__/values",
                    List.of(new Param("match[]", "{" + jobMatcher + "}"), new Param("start", start),
                            new Param("limit", Integer.toString(MAX_NAMES))), MAX_NAMES);
            Set<String> nameSet = new TreeSet<>();
            names.items().forEach(n -> nameSet.add(n.asText()));
            exposed.put(job.name(), new Exposed(nameSet));
            for (Metric metric : model.metrics(job.name())) {
                metrics.put(ServerSnapshot.key(job.name(), metric.name()), metric(job.name(), jobMatcher, metric, start));
            }
        }
        return new ServerSnapshot(intervals, targets, rules, exposed, metrics);
    }

    private MetricSeen metric(String job, String jobMatcher, Metric metric, String start) {
        String selector = "{__name__=~\"" + String.join("|", metric.seriesNames()) + "\"," + jobMatcher + "}";
        PrometheusClient.Items series = client.items("/api/v1/series", List.of(new Param("match[]", selector),
                new Param("start", start), new Param("limit", Integer.toString(maxSeries))), maxSeries);
        List<Map<String, String>> sample = new ArrayList<>();
        for (JsonNode item : series.items()) {
            Map<String, String> labels = new TreeMap<>();
            item.fields().forEachRemaining(field -> labels.put(field.getKey(), field.getValue().asText()));
            sample.add(labels);
        }
        if (sample.isEmpty()) {
            return new MetricSeen(List.of(), Set.of(), Map.of(), List.of());
        }
        Set<String> labelNames = new TreeSet<>();
        client.data("/api/v1/labels", List.of(new Param("match[]", selector), new Param("start", start)))
                .forEach(name -> labelNames.add(name.asText()));
        Map<String, List<String>> values = new TreeMap<>();
        for (Label label : metric.labels()) {
            if (label.isEnumerated() && labelNames.contains(label.name())) {
                String path = "/api/v1/label/" + URLEncoder.encode(label.name(), StandardCharsets.UTF_8) + "/values";
                PrometheusClient.Items found = client.items(path,
                        List.of(new Param("match[]", selector), new Param("start", start),
                                new Param("limit", Integer.toString(MAX_NAMES))), MAX_NAMES);
                values.put(label.name(), found.items().stream().map(JsonNode::asText).sorted().toList());
            }
        }
        return new MetricSeen(sample, labelNames, values, metadata(job, metric));
    }

    /**
     * The metadata of the metric as the job's targets announce it. {@code /api/v1/metadata} merges every target;
     * when it lists another type than the declared one, the job's own targets are asked, so one job's drift is not
     * laid on another that exposes the same name.
     */
    private List<Metadata> metadata(String job, Metric metric) {
        List<String> keys = new ArrayList<>(List.of(metric.name()));
        if (metric.type() == MetricType.COUNTER && metric.name().endsWith("_total")) {
            // OpenMetrics names a counter's family without _total.
            keys.add(metric.name().substring(0, metric.name().length() - "_total".length()));
        }
        List<Metadata> all = new ArrayList<>();
        String foundKey = null;
        for (String key : keys) {
            JsonNode data = client.data("/api/v1/metadata", List.of(new Param("metric", key)));
            for (JsonNode entry : data.path(key)) {
                all.add(new Metadata(entry.path("type").asText(""), entry.path("unit").asText("")));
                foundKey = foundKey == null ? key : foundKey;
            }
        }
        boolean agree = all.stream().allMatch(m -> m.type().equals(metric.type().exposition()));
        if (agree || foundKey == null) {
            return all.stream().distinct().toList();
        }
        List<Metadata> own = new ArrayList<>();
        for (String key : keys) {
            JsonNode data = client.data("/api/v1/targets/metadata", List.of(
                    new Param("match_target", "{job=\"" + escape(job) + "\"}"), new Param("metric", key),
                    new Param("limit", Integer.toString(maxSeries))));
            for (JsonNode entry : data) {
                own.add(new Metadata(entry.path("type").asText(""), entry.path("unit").asText("")));
            }
        }
        return own.stream().distinct().toList();
    }

    /** Each job's scrape interval, from the configuration the server runs. */
    private Map<String, String> jobIntervals() {
        String text = client.data("/api/v1/status/config", List.of()).path("yaml").asText(null);
        if (text == null) {
            throw new VerifyException("/api/v1/status/config answered no 'yaml' field; is this a Prometheus server?");
        }
        JsonNode config;
        try {
            config = YAML.readTree(text);
        } catch (IOException e) {
            throw new VerifyException("the configuration /api/v1/status/config returned is not YAML: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        // Prometheus' own default, for a configuration that sets none.
        String global = config == null ? "1m" : config.path("global").path("scrape_interval").asText("1m");
        Map<String, String> intervals = new LinkedHashMap<>();
        if (config != null) {
            for (JsonNode job : config.path("scrape_configs")) {
                String name = job.path("job_name").asText(null);
                if (name != null) {
                    intervals.put(name, job.path("scrape_interval").asText(global));
                }
            }
        }
        return intervals;
    }

    private Map<String, List<ActiveTarget>> targets() {
        JsonNode data = client.data("/api/v1/targets", List.of(new Param("state", "active")));
        Map<String, List<ActiveTarget>> targets = new TreeMap<>();
        for (JsonNode target : data.path("activeTargets")) {
            String pool = target.path("scrapePool").asText(target.path("labels").path("job").asText(""));
            String address = target.path("discoveredLabels").path("__address__")
                    .asText(target.path("labels").path("instance").asText(""));
            targets.computeIfAbsent(pool, p -> new ArrayList<>()).add(new ActiveTarget(address,
                    target.path("health").asText("unknown"), target.path("lastError").asText("")));
        }
        return targets;
    }

    private List<ServerRule> rules() {
        JsonNode data = client.data("/api/v1/rules", List.of());
        List<ServerRule> rules = new ArrayList<>();
        for (JsonNode group : data.path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                rules.add(new ServerRule(group.path("name").asText(""), rule.path("name").asText(""),
                        "alerting".equals(rule.path("type").asText()), rule.path("query").asText("")));
            }
        }
        return rules;
    }

    /** A label value inside double quotes in a selector. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
