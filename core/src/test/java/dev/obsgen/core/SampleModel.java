package dev.obsgen.core;

import dev.obsgen.model.Observability;
import dev.obsgen.model.PrometheusSettings;
import dev.obsgen.model.alerting.Email;
import dev.obsgen.model.alerting.Inhibition;
import dev.obsgen.model.alerting.Matcher;
import dev.obsgen.model.alerting.NotificationPolicy;
import dev.obsgen.model.alerting.PagerDuty;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.alerting.SeverityRoute;
import dev.obsgen.model.alerting.Slack;
import dev.obsgen.model.alerting.TimeInterval;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.metric.Unit;
import dev.obsgen.model.rule.AlertScenario;
import dev.obsgen.model.rule.RecordingExample;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.rule.Series;
import dev.obsgen.model.scrape.Ec2Discovery;
import dev.obsgen.model.scrape.KubernetesDiscovery;
import dev.obsgen.model.scrape.Relabel;
import dev.obsgen.model.scrape.ScrapeJob;
import dev.obsgen.model.scrape.StaticDiscovery;
import java.util.List;
import java.util.Map;

/**
 * A small model that touches every element the renderers know, including values YAML finds awkward: a quote, a
 * colon, a {@code #} and a newline.
 */
public final class SampleModel {
    /** Where the sample's Grafana finds Prometheus. */
    public static final String PROMETHEUS_URL = "http://prometheus:9090";
    public static final String AWKWARD = "say \"hi\": #1\nthen: go";

    private SampleModel() {
    }

    public static Observability.Builder builder() {
        return Observability.named("shop")
                .prometheus(PrometheusSettings.defaults().withQueryUrl(PROMETHEUS_URL))
                .withMetric(Metric.counter("http_requests_total").help("Requests served.")
                        .withLabels("path").withLabel("code", "200", "500").job("api").build())
                .withMetric(Metric.gauge("queue_depth").help("Items waiting.").withLabels("queue").job("api").build())
                .withMetric(Metric.histogram("http_request_duration_seconds").help("Latency.").unit(Unit.SECONDS)
                        .withLabels("path").buckets(0.1, 1).job("api").build())
                .withMetric(Metric.summary("gc_pause_seconds").help("GC pauses.").unit(Unit.SECONDS)
                        .quantiles(0.5, 0.99).job("workers").build())
                .withRuleGroup(RuleGroup.named("shop-alerts").interval("30s").limit(100)
                        .withRule(Rule.alert("QueueBacklog")
                                .expr("queue_depth > 100")
                                .forDuration("5m")
                                .keepFiringFor("1m")
                                .severity(Severity.WARNING)
                                .label("team", AWKWARD)
                                .summary("Queue backlog.")
                                .description("Queue {{ $labels.queue }} holds {{ $value }} items.")
                                .annotation("dashboard", AWKWARD)
                                .runbook("queue-backlog")
                                .withScenario(AlertScenario.fires("deep queue").at("10m")
                                        .withInput(Series.of("queue_depth").label("queue", "orders: \"eu\"").values("150x20"))
                                        .withAlert(Map.of("queue", "orders: \"eu\""),
                                                Map.of("description", "Queue orders: \"eu\" holds 150 items.")))
                                .withScenario(AlertScenario.calm("shallow queue").at("10m")
                                        .withInput(Series.of("queue_depth").label("queue", "orders").values("5x20"))))
                        .build())
                .withRuleGroup(RuleGroup.named("shop-recording")
                        .withRule(Rule.record("job:http_requests:rate5m")
                                .designName("requests_per_second")
                                .expr("sum by (job) (rate(http_requests_total[5m]))")
                                .withExample(RecordingExample.named("steady").at("10m")
                                        .withInput(Series.of("http_requests_total").label("job", "api").label("path", "/")
                                                .label("code", "200").values("0+60x15"))
                                        .withSample(1, "job", "api")))
                        .build())
                .withScrapeJob(ScrapeJob.named("api").interval("15s").discovery(KubernetesDiscovery.pods("shop"))
                        .withRelabel(Relabel.keep("__meta_kubernetes_pod_label_app", "api")).build())
                .withScrapeJob(ScrapeJob.named("workers").interval("30s")
                        .discovery(Ec2Discovery.inRegion("eu-west-1").port(9100).withFilter("tag:role", "worker")).build())
                .withScrapeJob(ScrapeJob.named("edge").discovery(StaticDiscovery.of("edge:9100")).build())
                .notifications(NotificationPolicy.builder()
                        .groupBy("alertname")
                        .groupWait("30s").groupInterval("5m").repeatInterval("4h")
                        .defaultReceiver("team")
                        .withRoute(SeverityRoute.always(Severity.CRITICAL, "pager"))
                        .withRoute(SeverityRoute.during(Severity.WARNING, "team", "office"))
                        .withRoute(SeverityRoute.always(Severity.INFO, "nobody"))
                        .withReceiver(Receiver.named("pager", PagerDuty.routingKeyFile("/run/secrets/pd")))
                        .withReceiver(Receiver.named("team", Slack.channel("#shop", "/run/secrets/slack"),
                                Email.to("shop@example.com").from("am@example.com").smarthost("smtp:25")
                                        .auth("am", "/run/secrets/smtp")))
                        .withReceiver(Receiver.named("nobody"))
                        .withInhibition(new Inhibition(List.of(Matcher.severity(Severity.CRITICAL)),
                                List.of(Matcher.severity(Severity.WARNING)), List.of("alertname")))
                        .withTimeInterval(TimeInterval.weekdays("office", "monday:friday", "09:00", "17:00", "UTC"))
                        .build())
                .runbookUrlPattern("https://runbooks.example.com/%s");
    }

    public static Observability model() {
        return builder().build();
    }
}
