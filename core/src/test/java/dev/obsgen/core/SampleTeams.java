package dev.obsgen.core;

import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.Inhibition;
import dev.obsgen.model.alerting.Matcher;
import dev.obsgen.model.alerting.NotificationPolicy;
import dev.obsgen.model.alerting.PagerDuty;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.alerting.SeverityRoute;
import dev.obsgen.model.alerting.Slack;
import dev.obsgen.model.alerting.TimeInterval;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.DatasourceVariable;
import dev.obsgen.model.dashboard.GrafanaUnit;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PrometheusTarget;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.rule.AlertScenario;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.rule.Series;
import java.util.List;
import java.util.Map;

/**
 * Two teams on {@link SampleModel}: {@code checkout} with its own metric, alerts (one over the platform's recorded
 * series), routing and a dashboard in its default folder; {@code search} with only a dashboard, routed by the
 * platform.
 */
public final class SampleTeams {
    private SampleTeams() {
    }

    public static Observability.Builder checkoutBuilder(Observability platform) {
        return Observability.team("checkout").namespace("shop-checkout").folder("Checkout").on(platform)
                .withMetric(Metric.counter("checkout_orders_total").help("Orders checked out, by result.")
                        .withLabel("result", "ok", "failed").job("api").build())
                .withRuleGroup(RuleGroup.named("checkout-alerts")
                        .withRule(Rule.alert("CheckoutTrafficLow")
                                .expr("job:http_requests:rate5m{job=\"api\"} < 0.5")
                                .forDuration("5m")
                                .severity(Severity.WARNING)
                                .summary("Checkout traffic is low.")
                                .description("Job {{ $labels.job }} serves {{ $value | humanize }} requests a second.")
                                .runbook("checkout-traffic-low")
                                .withScenario(AlertScenario.fires("no traffic").at("20m")
                                        .withInput(Series.of("http_requests_total").label("job", "api")
                                                .label("path", "/").label("code", "200").values("0x30"))
                                        .withAlert(Map.of("job", "api"),
                                                Map.of("description", "Job api serves 0 requests a second.")))
                                .withScenario(AlertScenario.calm("steady traffic").at("20m")
                                        .withInput(Series.of("http_requests_total").label("job", "api")
                                                .label("path", "/").label("code", "200").values("0+60x30"))))
                        .withRule(Rule.alert("CheckoutOrdersFailing")
                                .expr("sum(rate(checkout_orders_total{result=\"failed\"}[5m])) > 1")
                                .forDuration("5m")
                                .severity(Severity.CRITICAL)
                                .summary("Checkout orders fail.")
                                .description("{{ $value | humanize }} orders a second fail.")
                                .runbook("checkout-orders-failing")
                                .withScenario(AlertScenario.fires("failing orders").at("20m")
                                        .withInput(Series.of("checkout_orders_total").label("result", "failed")
                                                .values("0+120x30"))
                                        .withAlert(Map.of(), Map.of("description", "2 orders a second fail.")))
                                .withScenario(AlertScenario.calm("orders succeed").at("20m")
                                        .withInput(Series.of("checkout_orders_total").label("result", "failed")
                                                .values("0x30"))))
                        .build())
                .notifications(NotificationPolicy.builder()
                        .groupBy("alertname")
                        .defaultReceiver("checkout-slack")
                        .withRoute(SeverityRoute.always(Severity.CRITICAL, "checkout-pager"))
                        .withRoute(SeverityRoute.during(Severity.WARNING, "checkout-slack", "checkout-hours"))
                        .withRoute(SeverityRoute.always(Severity.INFO, "checkout-slack"))
                        .withReceiver(Receiver.named("checkout-pager",
                                PagerDuty.routingKeyFile("/run/secrets/checkout-pd")))
                        .withReceiver(Receiver.named("checkout-slack",
                                Slack.channel("#checkout", "/run/secrets/checkout-slack")))
                        .withInhibition(new Inhibition(List.of(Matcher.severity(Severity.CRITICAL)),
                                List.of(Matcher.severity(Severity.WARNING)), List.of("alertname")))
                        .withTimeInterval(TimeInterval.weekdays("checkout-hours", "monday:friday", "08:00", "18:00",
                                "UTC"))
                        .build())
                .withDashboard(Dashboard.builder("checkout-traffic", "Checkout Traffic")
                        .description("Requests the checkout serves, from the platform's recorded series.")
                        .withVariable(DatasourceVariable.prometheus())
                        .withPanel(Panel.timeseries("Requests per Second")
                                .description("Requests a second per job, recorded by the platform.")
                                .unit(GrafanaUnit.REQUESTS_PER_SECOND)
                                .withTarget(PrometheusTarget.builder("job:http_requests:rate5m")
                                        .legendFormat("{{job}}"))));
    }

    public static Observability checkout(Observability platform) {
        return checkoutBuilder(platform).build();
    }

    public static Observability search(Observability platform) {
        return Observability.team("search").on(platform)
                .withDashboard(Dashboard.builder("search-latency", "Search Latency")
                        .description("How long the API takes to answer, for the search team.")
                        .folder("Search")
                        .withVariable(DatasourceVariable.prometheus())
                        .withPanel(Panel.timeseries("p99 Latency")
                                .description("The 99th percentile of request latency over $__rate_interval.")
                                .unit(GrafanaUnit.SECONDS)
                                .withTarget(PrometheusTarget.builder("histogram_quantile(0.99, sum by (le) "
                                        + "(rate(http_request_duration_seconds_bucket[$__rate_interval])))")
                                        .legendFormat("p99"))))
                .build();
    }
}
