package dev.obsgen.core.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.obsgen.core.Generation;
import dev.obsgen.core.ModelRejectedException;
import dev.obsgen.core.SampleModel;
import dev.obsgen.core.SampleTeams;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.NotificationPolicy;
import dev.obsgen.model.alerting.PagerDuty;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.alerting.SeverityRoute;
import dev.obsgen.model.alerting.TimeInterval;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.rule.RecordingExample;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.rule.Series;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table of clashes: a third team, {@code rival}, takes a name the platform or the team {@code checkout} already
 * uses. Compose refuses each with one {@code team/conflict} error that names both owners and both elements, and a
 * team's own build refuses the clashes with the platform the same way.
 */
class TeamConflictTest {
    private static final Observability PLATFORM = SampleModel.model();

    static Stream<Arguments> clashes() {
        return Stream.of(
                clash("alert named like the platform's",
                        "alert 'QueueBacklog' in group 'rival-alerts' of team 'rival': has the name of alert "
                                + "'QueueBacklog' in group 'shop-alerts' of platform 'shop'",
                        b -> b.withRuleGroup(RuleGroup.named("rival-alerts").withRule(Rule.alert("QueueBacklog")
                                .expr("queue_depth > 5").severity(Severity.INFO).summary("s").description("d")
                                .runbook("rival-queue")).build())),
                clash("alert named like another team's",
                        "alert 'CheckoutOrdersFailing' in group 'rival-alerts' of team 'rival': has the name of alert "
                                + "'CheckoutOrdersFailing' in group 'checkout-alerts' of team 'checkout'",
                        b -> b.withRuleGroup(RuleGroup.named("rival-alerts").withRule(Rule.alert("CheckoutOrdersFailing")
                                .expr("queue_depth > 5").severity(Severity.INFO).summary("s").description("d")
                                .runbook("rival-orders")).build())),
                clash("recording rule that records a platform series",
                        "recording rule 'job:http_requests:rate5m' in group 'rival-recording' of team 'rival': records "
                                + "the series of recording rule 'job:http_requests:rate5m' in group 'shop-recording' of "
                                + "platform 'shop'",
                        b -> b.withRuleGroup(RuleGroup.named("rival-recording").withRule(
                                Rule.record("job:http_requests:rate5m").expr("sum by (job) (rate(http_requests_total[1m]))")
                                        .withExample(RecordingExample.named("steady").at("10m")
                                                .withInput(Series.of("http_requests_total").label("job", "api")
                                                        .label("path", "/").label("code", "200").values("0+60x15"))
                                                .withSample(1, "job", "api"))).build())),
                clash("rule group named like the platform's",
                        "rule group 'shop-recording' of team 'rival': has the name of rule group 'shop-recording' of "
                                + "platform 'shop'",
                        b -> b.withRuleGroup(RuleGroup.named("shop-recording").withRule(Rule.alert("RivalQueue")
                                .expr("queue_depth > 5").severity(Severity.INFO).summary("s").description("d")
                                .runbook("rival-queue")).build())),
                clash("metric declared again",
                        "metric 'queue_depth' of team 'rival': declares again metric 'queue_depth' of platform 'shop'",
                        b -> b.withMetric(Metric.gauge("queue_depth").help("Again.").withLabels("queue").job("api")
                                .build())),
                clash("dashboard uid of another team",
                        "dashboard 'checkout-traffic' of team 'rival': has the uid of dashboard 'checkout-traffic' of "
                                + "team 'checkout'",
                        b -> b.withDashboard(Dashboard.builder("checkout-traffic", "Rival").description("d"))),
                clash("dashboard in another team's folder",
                        "dashboard 'rival-board' (folder 'Checkout') of team 'rival': is in the folder of dashboard "
                                + "'checkout-traffic' (folder 'Checkout') of team 'checkout'",
                        b -> b.withDashboard(Dashboard.builder("rival-board", "Rival").description("d")
                                .folder("Checkout"))),
                clash("runbook slug of another team",
                        "alert 'RivalOrders' in group 'rival-alerts' (runbook 'checkout-orders-failing') of team "
                                + "'rival': has the runbook slug of alert 'CheckoutOrdersFailing' in group "
                                + "'checkout-alerts' (runbook 'checkout-orders-failing') of team 'checkout'",
                        b -> b.withRuleGroup(RuleGroup.named("rival-alerts").withRule(Rule.alert("RivalOrders")
                                .expr("queue_depth > 5").severity(Severity.INFO).summary("s").description("d")
                                .runbook("checkout-orders-failing")).build())),
                clash("receiver and time interval named like the platform's",
                        "receiver 'pager' of team 'rival': has the name of receiver 'pager' of platform 'shop'",
                        b -> b.notifications(NotificationPolicy.builder().defaultReceiver("pager")
                                .withRoute(SeverityRoute.always(Severity.CRITICAL, "pager"))
                                .withRoute(SeverityRoute.always(Severity.WARNING, "pager"))
                                .withRoute(SeverityRoute.always(Severity.INFO, "pager"))
                                .withReceiver(Receiver.named("pager")).build())),
                clash("another team's secret file",
                        "receiver 'rival-pager' (secret file '/run/secrets/checkout-pd') of team 'rival': reads the "
                                + "secret file of receiver 'checkout-pager' (secret file '/run/secrets/checkout-pd') of "
                                + "team 'checkout'",
                        b -> b.notifications(NotificationPolicy.builder().defaultReceiver("rival-pager")
                                .withRoute(SeverityRoute.always(Severity.CRITICAL, "rival-pager"))
                                .withRoute(SeverityRoute.always(Severity.WARNING, "rival-pager"))
                                .withRoute(SeverityRoute.always(Severity.INFO, "rival-pager"))
                                .withReceiver(Receiver.named("rival-pager",
                                        PagerDuty.routingKeyFile("/run/secrets/checkout-pd"))).build())),
                clash("time interval named like another team's",
                        "time interval 'checkout-hours' of team 'rival': has the name of time interval "
                                + "'checkout-hours' of team 'checkout'",
                        b -> b.notifications(NotificationPolicy.builder().defaultReceiver("rival")
                                .withRoute(SeverityRoute.always(Severity.CRITICAL, "rival"))
                                .withRoute(SeverityRoute.during(Severity.WARNING, "rival", "checkout-hours"))
                                .withRoute(SeverityRoute.always(Severity.INFO, "rival"))
                                .withReceiver(Receiver.named("rival"))
                                .withTimeInterval(TimeInterval.weekdays("checkout-hours", "monday:friday", "08:00",
                                        "18:00", "UTC")).build())));
    }

    private static Arguments clash(String name, String message, UnaryOperator<Observability.Builder> rival) {
        return Arguments.of(name, message, rival);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clashes")
    void composeNamesBothOwners(String name, String message, UnaryOperator<Observability.Builder> change) {
        Observability rival = change.apply(Observability.team("rival").on(PLATFORM)).build();
        ModelRejectedException e = assertThrows(ModelRejectedException.class, () -> Generation.standard()
                .compose(List.of(PLATFORM, SampleTeams.checkout(PLATFORM), rival), RenderSettings.of("compose")));
        List<String> errors = e.findings().stream().filter(Finding::isError).map(Finding::format).toList();
        assertEquals(List.of("error[team/conflict] " + message), errors.stream().map(f -> f.replaceFirst(";.*", ""))
                .toList(), String.join("\n", errors));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clashes")
    void aTeamsOwnBuildRefusesAClashWithThePlatform(String name, String message,
                                                     UnaryOperator<Observability.Builder> change) {
        if (!message.contains("of platform 'shop'")) {
            return;
        }
        Observability rival = change.apply(Observability.team("rival").on(PLATFORM)).build();
        ModelRejectedException e = assertThrows(ModelRejectedException.class,
                () -> Generation.standard().render(rival, RenderSettings.of("rival")));
        List<String> errors = e.findings().stream().filter(Finding::isError).map(f -> f.format().replaceFirst(";.*", ""))
                .toList();
        assertEquals(List.of("error[team/conflict] " + message), errors);
    }

    @ParameterizedTest(name = "team named {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"checkout", "shop"})
    void teamNamesAreOneNamespace(String name) {
        Observability rival = Observability.team(name).on(PLATFORM).build();
        ModelRejectedException e = assertThrows(ModelRejectedException.class, () -> Generation.standard()
                .compose(List.of(PLATFORM, SampleTeams.checkout(PLATFORM), rival), RenderSettings.of("compose")));
        String error = e.findings().stream().filter(Finding::isError).findFirst().orElseThrow().format();
        String first = name.equals("shop") ? "platform 'shop'" : "team 'checkout'";
        assertEquals("error[team/conflict] team '" + name + "' of team '" + name + "': has the name of " + first
                + " of " + first + "; every team needs a name of its own: it becomes a folder, a namespace and a "
                + "label value", error);
    }

    @org.junit.jupiter.api.Test
    void aPlatformAlertLabelledWithATeamsNameIsRefused() {
        // The sample platform's QueueBacklog sets the label team by hand; here its value is a team's name.
        Observability labelled = PLATFORM.toBuilder().ruleGroups(PLATFORM.ruleGroups().stream()
                .map(g -> g.toBuilder().rules(g.rules().stream()
                        .map(r -> r instanceof dev.obsgen.model.rule.AlertRule a
                                ? a.toBuilder().labels(java.util.Map.of("team", "checkout")).build() : r)
                        .toList()).build())
                .toList()).build();
        ModelRejectedException e = assertThrows(ModelRejectedException.class, () -> Generation.standard()
                .compose(List.of(labelled, SampleTeams.checkout(labelled)), RenderSettings.of("compose")));
        assertEquals(List.of("error[team/conflict] alert 'QueueBacklog' in group 'shop-alerts' of platform 'shop': "
                        + "sets the label team=\"checkout\", which routes it to team 'checkout'; the owner label is "
                        + "obsgen's to set"),
                e.findings().stream().filter(Finding::isError).map(Finding::format).toList());
    }
}
