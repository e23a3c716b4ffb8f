package dev.obsgen.benchmarks;

import dev.obsgen.model.Observability;
import dev.obsgen.model.ObservabilityDefinition;
import dev.obsgen.model.PrometheusSettings;
import dev.obsgen.model.alerting.NotificationPolicy;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.alerting.SeverityRoute;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.DatasourceVariable;
import dev.obsgen.model.dashboard.GrafanaUnit;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PrometheusTarget;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.AlertScenario;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.rule.Series;
import dev.obsgen.model.scrape.ScrapeJob;
import dev.obsgen.model.scrape.StaticDiscovery;
import java.util.List;
import java.util.Map;

/**
 * The model an organisation-sized platform reaches: {@code obsgen.scale.gauges} gauges (default 1,000) of one
 * scrape job, {@code obsgen.scale.alerts} alerts (default 10,000) in groups of 100, each on one gauge with a
 * scenario that fires it and one that must not and a runbook that lives elsewhere, and {@code obsgen.scale.dashboards} dashboards (default 500) of 20
 * time-series panels. The sizes are system properties so that one class serves every size of
 * {@code benchmarks/run.sh}.
 */
public final class ScaleModel implements ObservabilityDefinition {
    static final String JOB = "scale-exporter";
    static final int GROUP_SIZE = 100;
    static final int PANELS = 20;

    @Override
    public Observability define() {
        return model(size("obsgen.scale.gauges", 1_000), size("obsgen.scale.alerts", 10_000),
                size("obsgen.scale.dashboards", 500));
    }

    public static Observability model(int gauges, int alerts, int dashboards) {
        Observability.Builder model = Observability.named("scale")
                .withScrapeJobs(List.of(ScrapeJob.named(JOB).interval("30s")
                        .discovery(StaticDiscovery.of("scale-exporter.monitoring.svc:9100")).build()))
                .prometheus(new PrometheusSettings("30s", "10s", "30s", Map.of("environment", "production"),
                        List.of("alertmanager:9093")).withQueryUrl("http://prometheus:9090"))
                .notifications(NotificationPolicy.builder()
                        .groupBy("alertname", "job")
                        .defaultReceiver("oncall")
                        .withRoute(SeverityRoute.always(Severity.CRITICAL, "oncall"))
                        .withRoute(SeverityRoute.always(Severity.WARNING, "oncall"))
                        .withRoute(SeverityRoute.always(Severity.INFO, "oncall"))
                        .withReceiver(Receiver.named("oncall"))
                        .build());
        for (int g = 0; g < gauges; g++) {
            model.withMetric(Metric.gauge(gauge(g)).help("Queue depth of worker pool " + g + ".")
                    .withLabels("queue").job(JOB).build());
        }
        for (int first = 0; first < alerts; first += GROUP_SIZE) {
            RuleGroup.Builder group = RuleGroup.named("scale-" + (first / GROUP_SIZE));
            for (int a = first; a < Math.min(alerts, first + GROUP_SIZE); a++) {
                group.withRule(alert(a, gauge(a % gauges)));
            }
            model.withRuleGroup(group);
        }
        for (int d = 0; d < dashboards; d++) {
            model.withDashboard(dashboard(d, gauges));
        }
        return model.build();
    }

    private static AlertRule.Builder alert(int index, String gauge) {
        String name = "QueueBacklog" + index;
        Severity severity = index % 3 == 0 ? Severity.CRITICAL : Severity.WARNING;
        return Rule.alert(name)
                .expr("max by (queue) (" + gauge + "{job=\"" + JOB + "\"}) > " + (100 + index % 50))
                .forDuration("5m")
                .severity(severity)
                .summary("Queue backlog " + index + " is high.")
                .description("Queue {{ $labels.queue }} holds {{ $value }} items.")
                .runbookUrl("https://runbooks.example.com/scale/queue-backlog")
                .withScenario(AlertScenario.fires("the backlog stays high").at("10m")
                        .withInput(series(gauge, "500x20"))
                        .withAlert(Map.of("queue", "orders"),
                                Map.of("description", "Queue orders holds 500 items.")))
                .withScenario(AlertScenario.calm("the backlog stays low").at("10m")
                        .withInput(series(gauge, "10x20")));
    }

    private static Series series(String gauge, String values) {
        return Series.of(gauge).label("job", JOB).label("instance", "scale-exporter.monitoring.svc:9100")
                .label("queue", "orders").values(values);
    }

    private static Dashboard dashboard(int index, int gauges) {
        Dashboard.Builder dashboard = Dashboard.builder("scale-pool-" + index, "Worker pools " + index)
                .description("Queue depth of twenty worker pools.")
                .folder("Scale")
                .withTag("scale")
                .withVariable(DatasourceVariable.prometheus());
        for (int p = 0; p < PANELS; p++) {
            String gauge = gauge((index * PANELS + p) % gauges);
            dashboard.withPanel(Panel.timeseries("Queue depth " + gauge)
                    .description("Items waiting in each queue of the pool.")
                    .unit(GrafanaUnit.SHORT)
                    .withTarget(PrometheusTarget.builder("max by (queue) (" + gauge + "{job=\"" + JOB + "\"})")
                            .legendFormat("{{queue}}")));
        }
        return dashboard.build();
    }

    private static String gauge(int index) {
        return "worker_pool_" + index + "_queue_depth";
    }

    private static int size(String property, int fallback) {
        String value = System.getProperty(property);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
