package dev.obsgen.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a Prometheus rule file of many alerts ({@code LargeRuleFile OUT [COUNT]}, 10,000 by default) for timing lint
 * against promtool. The alerts cycle through the shapes real rule sets use (error ratios, latency quantiles, absence,
 * saturation, joins, predictions) over many services, so no two alerts are the same and every one is valid PromQL.
 */
public final class LargeRuleFile {
    static final int DEFAULT_ALERTS = 10_000;
    private static final int ALERTS_PER_GROUP = 100;

    private LargeRuleFile() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: LargeRuleFile OUT_FILE [ALERT_COUNT]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int count = args.length == 2 ? Integer.parseInt(args[1]) : DEFAULT_ALERTS;
        write(out, count);
        System.out.println("wrote " + count + " alerts to " + out);
    }

    static void write(Path out, int count) throws IOException {
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writer.write("groups:\n");
            for (int i = 0; i < count; i++) {
                if (i % ALERTS_PER_GROUP == 0) {
                    writer.write("  - name: service-" + (i / ALERTS_PER_GROUP) + "\n");
                    writer.write("    interval: " + (i / ALERTS_PER_GROUP % 2 == 0 ? "30s" : "1m") + "\n");
                    writer.write("    rules:\n");
                }
                writer.write(alert(i));
            }
        }
    }

    /** The i-th alert: its shape is i modulo the number of shapes, its service and thresholds vary with i. */
    static String alert(int i) {
        String job = "svc-" + (i % 997);
        String namespace = "team-" + (i % 37);
        int percent = 1 + i % 20;
        String forDuration = new String[] {"1m", "5m", "10m", "15m"}[i % 4];
        Shape shape = SHAPES[i % SHAPES.length];
        String expr = fill(shape.expr, job, namespace, percent);
        StringBuilder yaml = new StringBuilder(512);
        yaml.append("      - alert: ").append(shape.name).append(i).append('\n');
        if (expr.indexOf('\n') >= 0) {
            yaml.append("        expr: |\n");
            for (String line : expr.split("\n")) {
                yaml.append("          ").append(line).append('\n');
            }
        } else {
            yaml.append("        expr: '").append(expr).append("'\n");
        }
        yaml.append("        for: ").append(forDuration).append('\n');
        yaml.append("        labels:\n");
        yaml.append("          severity: ").append(i % 3 == 0 ? "critical" : "warning").append('\n');
        yaml.append("          team: ").append(namespace).append('\n');
        yaml.append("        annotations:\n");
        yaml.append("          summary: '").append(fill(shape.summary, job, namespace, percent)).append("'\n");
        yaml.append("          description: '").append(fill(shape.description, job, namespace, percent)).append("'\n");
        yaml.append("          runbook_url: 'https://runbooks.example.com/").append(shape.name).append("'\n");
        return yaml.toString();
    }

    private static String fill(String template, String job, String namespace, int percent) {
        return String.format(Locale.ROOT, template, job, namespace, percent);
    }

    /** An alert shape; in its format strings %1$s is the job, %2$s the namespace, %3$d a threshold in percent. */
    private record Shape(String name, String expr, String summary, String description) {
    }

    private static final Shape[] SHAPES = {
        new Shape("HighErrorRatio",
                "sum by (job) (rate(http_requests_total{job=\"%1$s\",code=~\"5..\"}[5m]))\n"
                        + "  /\n"
                        + "sum by (job) (rate(http_requests_total{job=\"%1$s\"}[5m])) > 0.%3$02d",
                "{{ $labels.job }} answers too many requests with 5xx",
                "{{ $value | humanizePercentage }} of the requests of {{ $labels.job }} fail."),
        new Shape("HighLatencyP99",
                "histogram_quantile(0.99,\n"
                        + "  sum by (le, job, route) (rate(http_request_duration_seconds_bucket{job=\"%1$s\"}[5m]))\n"
                        + ") > %3$d * 0.1",
                "{{ $labels.job }} {{ $labels.route }} is slow",
                "The 99th percentile latency of {{ $labels.route }} is {{ $value | humanizeDuration }}."),
        new Shape("TargetDown",
                "up{job=\"%1$s\"} == 0",
                "{{ $labels.instance }} of {{ $labels.job }} is down",
                "The target {{ $labels.instance }} has not been scraped successfully."),
        new Shape("TargetAbsent",
                "absent(up{job=\"%1$s\"})",
                "No target of %1$s is known",
                "Prometheus has no series for job %1$s: service discovery lost it."),
        new Shape("CpuSaturated",
                "rate(process_cpu_seconds_total{job=\"%1$s\"}[5m]) > 0.%3$02d + 0.7",
                "{{ $labels.instance }} uses most of a core",
                "{{ $labels.instance }} uses {{ $value | humanize }} cores."),
        new Shape("DiskAlmostFull",
                "node_filesystem_avail_bytes{job=\"%1$s\",fstype!~\"tmpfs|overlay\",mountpoint=\"/\"}\n"
                        + "  / node_filesystem_size_bytes{job=\"%1$s\",fstype!~\"tmpfs|overlay\",mountpoint=\"/\"} * 100 < %3$d",
                "{{ $labels.instance }} has little disk left",
                "{{ $labels.mountpoint }} on {{ $labels.instance }} has {{ $value | humanize }}%% left."),
        new Shape("DiskFillsIn4h",
                "predict_linear(node_filesystem_avail_bytes{job=\"%1$s\",fstype!=\"tmpfs\"}[6h], 4 * 3600) < 0\n"
                        + "and\n"
                        + "node_filesystem_readonly{job=\"%1$s\",fstype!=\"tmpfs\"} == 0",
                "{{ $labels.device }} fills up within 4 hours",
                "{{ $labels.mountpoint }} on {{ $labels.instance }} is predicted to be full soon."),
        new Shape("PodRestarting",
                "increase(kube_pod_container_status_restarts_total{namespace=\"%2$s\",job=\"kube-state-metrics\"}[1h]) > %3$d",
                "{{ $labels.namespace }}/{{ $labels.pod }} restarts",
                "Container {{ $labels.container }} restarted {{ $value }} times in an hour."),
        new Shape("MemoryNearLimit",
                "sum by (namespace, pod, container) (container_memory_working_set_bytes{namespace=\"%2$s\",container!=\"\"})\n"
                        + "  / on (namespace, pod, container) group_left\n"
                        + "sum by (namespace, pod, container) (kube_pod_container_resource_limits{namespace=\"%2$s\",resource=\"memory\"})\n"
                        + "  > 0.%3$02d + 0.7",
                "{{ $labels.pod }} is close to its memory limit",
                "{{ $labels.container }} uses {{ $value | humanizePercentage }} of its memory limit."),
        new Shape("GrpcErrors",
                "sum by (job, grpc_service) (rate(grpc_server_handled_total{job=\"%1$s\",grpc_code!=\"OK\"}[5m])) > %3$d",
                "{{ $labels.grpc_service }} returns errors",
                "{{ $labels.job }} returns {{ $value | humanize }} gRPC errors a second."),
        new Shape("QueueBacklog",
                "max_over_time(queue_depth{job=\"%1$s\",queue=~\"orders|payments\"}[10m]) > %3$d * 100",
                "Queue {{ $labels.queue }} is backed up",
                "{{ $labels.queue }} has held {{ $value }} messages."),
        new Shape("HeartbeatMissing",
                "absent_over_time(heartbeat_timestamp_seconds{job=\"%1$s\"}[15m])",
                "No heartbeat from %1$s",
                "%1$s sent no heartbeat for 15 minutes."),
        new Shape("RecentlyRestarted",
                "time() - process_start_time_seconds{job=\"%1$s\"} < 60 * %3$d",
                "{{ $labels.instance }} restarted",
                "{{ $labels.instance }} has run for {{ $value | humanizeDuration }}."),
        new Shape("NodeCpuBusy",
                "1 - avg by (instance) (rate(node_cpu_seconds_total{job=\"%1$s\",mode=\"idle\"}[5m])) > 0.%3$02d + 0.7",
                "{{ $labels.instance }} is busy",
                "{{ $labels.instance }} CPU is {{ $value | humanizePercentage }} busy."),
        new Shape("ErrorBudgetBurn",
                "(\n"
                        + "  sum by (job) (rate(http_requests_total{job=\"%1$s\",code=~\"5..\"}[1h]))\n"
                        + "    / sum by (job) (rate(http_requests_total{job=\"%1$s\"}[1h])) > 14.4 * 0.001\n"
                        + ")\n"
                        + "and\n"
                        + "(\n"
                        + "  sum by (job) (rate(http_requests_total{job=\"%1$s\",code=~\"5..\"}[5m]))\n"
                        + "    / sum by (job) (rate(http_requests_total{job=\"%1$s\"}[5m])) > 14.4 * 0.001\n"
                        + ")",
                "{{ $labels.job }} burns its error budget fast",
                "{{ $labels.job }} spends its monthly error budget 14 times too fast."),
        new Shape("SlowBatch",
                "max_over_time((time() - batch_last_success_timestamp_seconds{job=\"%1$s\"})[30m:1m]) > 3600 * %3$d",
                "Batch {{ $labels.job }} has not succeeded",
                "The last success of {{ $labels.job }} was {{ $value | humanizeDuration }} ago."),
    };
}
