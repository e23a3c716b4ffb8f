package dev.obsgen.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.verify.FakePrometheus.Job;
import dev.obsgen.core.verify.FakePrometheus.ServedRule;
import dev.obsgen.core.verify.FakePrometheus.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.rule.AlertScenario;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.rule.Series;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each row changes a server faithful to {@link VerifyShopModel} in one way and names the findings that must come of
 * it (check, severity, job, metric or rule), and no others; the rows that change nothing the model cares about must
 * stay quiet.
 */
class VerificationTest {
    private static Arguments row(String name, Consumer<FakePrometheus> drift, String... expected) {
        return Arguments.of(name, drift, List.of(expected));
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                row("a faithful server", fake -> { }),
                row("a job the server does not scrape", fake -> fake.jobs.remove(fake.job("payments")),
                        "verify/job-missing error job 'payments'"),
                row("a slower scrape interval", fake -> replaceInterval(fake, "orders", "1m"),
                        "verify/scrape-interval error job 'orders'"),
                row("a faster scrape interval", fake -> replaceInterval(fake, "orders", "5s"),
                        "verify/scrape-interval warning job 'orders'"),
                row("the global interval of the model applies to a job without one",
                        fake -> replaceInterval(fake, "payments", "30s"),
                        "verify/scrape-interval error job 'payments'"),
                row("a target the server does not scrape, and one the model does not list", fake -> {
                    fake.job("orders").targets().clear();
                    fake.job("orders").targets().add(new Target("orders-old.shop:8080", "up", ""));
                }, "verify/target-missing error job 'orders'", "verify/target-unexpected warning job 'orders'"),
                row("a target that is down", fake -> {
                    fake.job("payments").targets().set(0,
                            new Target(VerifyShopModel.PAYMENTS_TARGET, "down", "connection refused"));
                }, "verify/target-down warning job 'payments'"),
                row("a renamed metric", fake -> fake.rename("payments_pending", "payments_pending_items"),
                        "verify/metric-missing error job 'payments' metric 'payments_pending'",
                        "verify/metric-undeclared warning job 'payments'"),
                row("a metric the model does not declare",
                        fake -> fake.add("payments_debug_flag", "payments", VerifyShopModel.PAYMENTS_TARGET),
                        "verify/metric-undeclared warning job 'payments'"),
                row("a metric another job declares",
                        fake -> fake.add("payments_pending", "orders", VerifyShopModel.ORDERS_TARGET),
                        "verify/metric-undeclared warning job 'orders'"),
                row("a counter served as a gauge",
                        fake -> fake.meta("payments", "payments_processed_total", "gauge", ""),
                        "verify/metric-type error job 'payments' metric 'payments_processed_total'"),
                row("an untyped metric", fake -> fake.meta("orders", "orders_queue_depth", "unknown", ""),
                        "verify/metric-type warning job 'orders' metric 'orders_queue_depth'"),
                row("another job exposing the same name as a gauge does not count against this one", fake -> {
                    fake.add("payments_processed_total", "prometheus", "localhost:9090");
                    fake.meta("prometheus", "payments_processed_total", "gauge", "");
                }),
                row("a histogram exposed in milliseconds", fake -> {
                    for (String suffix : List.of("_bucket", "_sum", "_count")) {
                        fake.rename("orders_latency_seconds" + suffix, "orders_latency_milliseconds" + suffix);
                    }
                }, "verify/metric-unit error job 'orders' metric 'orders_latency_seconds'"),
                row("metadata announcing another unit",
                        fake -> fake.meta("orders", "orders_latency_seconds", "histogram", "milliseconds"),
                        "verify/metric-unit error job 'orders' metric 'orders_latency_seconds'"),
                row("metadata announcing the declared unit",
                        fake -> fake.meta("orders", "orders_latency_seconds", "histogram", "seconds")),
                row("a label the model does not declare", fake -> fake.label("payments_processed_total", "region", "eu"),
                        "verify/label-undeclared warning job 'payments' metric 'payments_processed_total'"),
                row("a declared label no series carries", fake -> fake.label("orders_queue_depth", "queue", null),
                        "verify/label-missing warning job 'orders' metric 'orders_queue_depth'"),
                row("a value outside a closed set",
                        fake -> fake.add("payments_processed_total", "payments", VerifyShopModel.PAYMENTS_TARGET,
                                "method", "cash"),
                        "verify/label-value error job 'payments' metric 'payments_processed_total'"),
                row("a recording rule the server has not loaded",
                        fake -> fake.rules.removeIf(r -> r.name().equals("job:orders_placed:rate5m")),
                        "verify/rule-missing error recording rule 'job:orders_placed:rate5m' in group 'shop'"),
                row("an alert with another expression", fake -> {
                    fake.rules.removeIf(r -> r.name().equals("PaymentsBacklog"));
                    fake.rules.add(new ServedRule("payments", "PaymentsBacklog", true, "payments_pending > 1000"));
                }, "verify/rule-expr error alert 'PaymentsBacklog' in group 'shop'"),
                row("a recording rule named like the alert is not the alert", fake -> {
                    fake.rules.removeIf(r -> r.name().equals("PaymentsBacklog"));
                    fake.rules.add(new ServedRule("shop", "PaymentsBacklog", false, "payments_pending > 100"));
                }, "verify/rule-missing error alert 'PaymentsBacklog' in group 'shop'"),
                row("the same alert printed differently",
                        fake -> fake.rules.replaceAll(r -> r.name().equals("PaymentsBacklog")
                                ? new ServedRule("shop", r.name(), true, "payments_pending>1e2") : r)),
                row("the server's own jobs and rules are not the model's business", fake -> {
                    fake.jobs.add(new Job("node", "30s", new ArrayList<>(List.of(new Target("node:9100", "down", "x")))));
                    fake.add("node_load1", "node", "node:9100");
                    fake.rules.add(new ServedRule("node", "NodeDown", true, "up{job=\"node\"} == 0"));
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachDriftIsReportedWithItsCheck(String name, Consumer<FakePrometheus> drift, List<String> expected) {
        try (FakePrometheus fake = FakePrometheus.faithful()) {
            drift.accept(fake);
            VerifyReport report = Verification.run(new VerifyShopModel().define(), ServerAccess.of(fake.url()));
            List<String> found = report.findings().stream()
                    .map(f -> f.checkId() + " " + f.severity().label() + " " + f.element()).sorted().toList();
            assertEquals(expected.stream().sorted().toList(), found, report::text);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyFindingLineNamesItsCheckAndThereIsOneSummary(String name, Consumer<FakePrometheus> drift,
                                                           List<String> expected) {
        try (FakePrometheus fake = FakePrometheus.faithful()) {
            drift.accept(fake);
            VerifyReport report = Verification.run(new VerifyShopModel().define(), ServerAccess.of(fake.url()));
            List<String> lines = report.text().lines().toList();
            assertEquals(expected.size() + 1, lines.size(), report::text);
            for (String line : lines.subList(0, lines.size() - 1)) {
                assertTrue(line.matches("verify/[a-z-]+ (error|warning) .+: .+"), line);
            }
            long errors = expected.stream().filter(e -> e.contains(" error ")).count();
            assertTrue(lines.get(lines.size() - 1).matches("\\d+ metrics checked in \\d+ jobs?: " + errors
                    + " errors?, " + (expected.size() - errors) + " warnings?"), lines.get(lines.size() - 1));
            assertEquals(errors, report.findings().stream().filter(f -> f.severity() == FindingSeverity.ERROR).count());
        }
    }

    private static void replaceInterval(FakePrometheus fake, String job, String interval) {
        Job old = fake.job(job);
        fake.jobs.set(fake.jobs.indexOf(old), new Job(job, interval, old.targets()));
    }

    /** A team on the shop: its own counter in the platform's job, and an alert over it. */
    static Observability team() {
        return Observability.team("refunds").on(new VerifyShopModel().define())
                .withMetric(Metric.counter("refunds_issued_total").help("Refunds issued.").job("payments").build())
                .withRuleGroup(RuleGroup.named("refunds")
                        .withRule(Rule.alert("RefundsSurge")
                                .expr("sum(rate(refunds_issued_total[5m])) > 1").forDuration("5m")
                                .severity(Severity.WARNING)
                                .summary("Refunds surge.")
                                .description("{{ $value }} refunds a second.")
                                .runbook("refunds-surge")
                                .withScenario(AlertScenario.fires("surge").at("20m")
                                        .withInput(Series.of("refunds_issued_total").label("job", "payments")
                                                .values("0+120x30"))
                                        .withAlert(Map.of(), Map.of("description", "2 refunds a second.")))
                                .withScenario(AlertScenario.calm("quiet").at("20m")
                                        .withInput(Series.of("refunds_issued_total").label("job", "payments")
                                                .values("0x30"))))
                        .build())
                .build();
    }

    @Test
    void aTeamIsVerifiedOnItsPlatformsJobsWithItsOwnRulesOnly() {
        try (FakePrometheus fake = FakePrometheus.faithful()) {
            fake.rules.clear();
            VerifyReport report = Verification.run(team(), ServerAccess.of(fake.url()));
            assertEquals(List.of(
                    "verify/metric-missing error job 'payments' metric 'refunds_issued_total'",
                    "verify/rule-missing error alert 'RefundsSurge' in group 'refunds'"),
                    report.findings().stream().map(f -> f.checkId() + " " + f.severity().label() + " " + f.element())
                            .toList(), report::text);
            assertEquals(6, report.metrics(), report::text);
            fake.add("refunds_issued_total", "payments", VerifyShopModel.PAYMENTS_TARGET);
            fake.meta("payments", "refunds_issued_total", "counter", "");
            fake.rules.add(new ServedRule("refunds", "RefundsSurge", true, "sum(rate(refunds_issued_total[5m])) > 1"));
            VerifyReport faithful = Verification.run(team(), ServerAccess.of(fake.url()));
            assertEquals(List.of(), faithful.findings(), faithful::text);
        }
    }
}
