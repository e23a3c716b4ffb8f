package dev.obsgen.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.Generation;
import dev.obsgen.core.ModelRejectedException;
import dev.obsgen.core.SampleModel;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.write.OutputWriter;
import dev.obsgen.model.Observability;
import dev.obsgen.model.RunbookSettings;
import dev.obsgen.model.alerting.NotificationPolicy;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.alerting.Slack;
import dev.obsgen.model.alerting.Webhook;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.metric.Unit;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.AlertScenario;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.rule.Series;
import dev.obsgen.model.scrape.ScrapeJob;
import dev.obsgen.model.scrape.StaticDiscovery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table of broken models: each is the sample model with one thing wrong, the check that must catch it, and a
 * fragment of the message that names the element. Every one stops generation and writes nothing.
 */
class BrokenModelTest {
    @TempDir
    Path output;

    static Stream<Arguments> brokenModels() {
        return Stream.of(
                broken("duplicate alert", "model/unique-names", "alert 'QueueBacklog'",
                        m -> m.toBuilder().withRuleGroup(RuleGroup.named("copy")
                                .withRule(m.alerts().get(0)).build()).build()),
                broken("duplicate metric", "model/unique-names", "metric 'queue_depth'",
                        m -> m.toBuilder().withMetric(Metric.gauge("queue_depth").job("api").build()).build()),
                broken("unknown severity", "alert/severity", "severity 'urgent' is not one of critical, warning, info",
                        m -> replaceAlert(m, a -> copy(a).label("severity", "urgent").build())),
                broken("missing severity", "alert/severity", "has no severity",
                        m -> replaceAlert(m, a -> copy(a).severity(null).build())),
                broken("alert name not CamelCase", "alert/name", "must be CamelCase",
                        m -> replaceAlert(m, a -> rename(a, "queue_backlog"))),
                broken("alert name too long", "alert/name", "at most 40",
                        m -> replaceAlert(m, a -> rename(a, "QueueBacklogIsGrowingFasterThanWeCanDrainIt"))),
                broken("missing firing scenario", "alert/scenarios", "has no scenario that fires it",
                        m -> replaceAlert(m, a -> withScenarios(a, a.scenarios().stream().filter(s -> !s.fires()).toList()))),
                broken("missing calm scenario", "alert/scenarios", "has no calm scenario",
                        m -> replaceAlert(m, a -> withScenarios(a, a.scenarios().stream().filter(AlertScenario::fires).toList()))),
                broken("templated annotation not expected", "alert/scenarios", "annotation 'description' is templated",
                        m -> replaceAlert(m, a -> withScenarios(a, List.of(
                                AlertScenario.fires("bare").at("10m")
                                        .withInput(Series.of("queue_depth").label("queue", "q").values("150x20"))
                                        .withAlert("queue", "q").build(),
                                a.scenarios().get(1))))),
                broken("label that does not parse as a template", "alert/template",
                        "alert 'QueueBacklog' in group 'shop-alerts': label 'tier' does not parse as a template: "
                                + "function \"oops\" not defined (template 1:4)\n    {{ oops\n       ^",
                        m -> replaceAlert(m, a -> copy(a).label("tier", "{{ oops").build())),
                broken("annotation that does not parse as a template", "alert/template",
                        "annotation 'description' does not parse as a template: unclosed action (template 1:7)",
                        m -> replaceAlert(m, a -> copy(a).description("Queue {{ $labels.queue").build())),
                broken("annotation with an unknown template function", "alert/template",
                        "annotation 'value' does not parse as a template: function \"humanise\" not defined",
                        m -> replaceAlert(m, a -> copy(a).annotation("value", "{{ $value | humanise }}").build())),
                broken("runbook URL pattern that does not parse as a template", "alert/template",
                        "annotation 'runbook_url' does not parse as a template: undefined variable \"$team\"",
                        m -> withRunbookPattern(m, "https://runbooks.example.com/{{ $team }}/%s")),
                broken("missing runbook", "alert/annotations", "has no runbook",
                        m -> replaceAlert(m, a -> copy(a).runbook(null).build())),
                broken("missing description", "alert/annotations", "has no description",
                        m -> replaceAlert(m, a -> copy(a).description(" ").build())),
                broken("bad for duration", "model/duration", "for '5 minutes' is not a duration",
                        m -> replaceAlert(m, a -> copy(a).forDuration("5 minutes").build())),
                broken("bad scrape interval", "model/duration", "interval '1min' is not a duration",
                        m -> m.toBuilder().scrapeJobs(List.of(ScrapeJob.named("api").interval("1min")
                                .discovery(StaticDiscovery.of("api:80")).build(),
                                m.scrapeJobs().get(1), m.scrapeJobs().get(2))).build()),
                broken("invalid metric name", "metric/name", "'queue-depth' is not a valid metric name",
                        m -> m.toBuilder().withMetric(Metric.gauge("queue-depth").job("api").build()).build()),
                broken("invalid label name", "metric/name", "'queue.name' is not a valid label name",
                        m -> m.toBuilder().withMetric(Metric.gauge("queue_age").withLabels("queue.name").job("api").build()).build()),
                broken("counter without _total", "metric/counter-suffix", "rename it to 'jobs_done_total'",
                        m -> m.toBuilder().withMetric(Metric.counter("jobs_done").job("api").build()).build()),
                broken("gauge with _total", "metric/counter-suffix", "must not end in '_total'",
                        m -> m.toBuilder().withMetric(Metric.gauge("jobs_total").job("api").build()).build()),
                broken("unit suffix disagrees", "metric/unit-suffix", "the name says the unit is seconds",
                        m -> m.toBuilder().withMetric(Metric.gauge("wait_seconds").unit(Unit.BYTES).job("api").build()).build()),
                broken("unit missing from name", "metric/unit-suffix", "does not end in '_bytes'",
                        m -> m.toBuilder().withMetric(Metric.gauge("heap_used").unit(Unit.BYTES).job("api").build()).build()),
                broken("metric without scrape job", "metric/scrape-job", "scrape job 'nowhere', which is not declared",
                        m -> m.toBuilder().withMetric(Metric.gauge("orphan").job("nowhere").build()).build()),
                broken("inline Slack webhook", "secret/inline", "must be the absolute path of a mounted file",
                        m -> withReceiver(m, Receiver.named("team", Slack.channel("#shop",
                                "https://hooks.slack.com/services/T000/B000/XXXXXXXX")))),
                broken("webhook with a password", "secret/inline", "contains a URL with a password in it",
                        m -> withReceiver(m, Receiver.named("team", Webhook.url("https://bot:s3cret@hooks.example.com/x")))),
                broken("AWS key in an alert annotation", "secret/inline",
                        "alert 'QueueBacklog' in group 'shop-alerts': annotation 'aws_key' contains an AWS access key id",
                        m -> replaceAlert(m, a -> copy(a).annotation("aws_key", "AKIAIOSFODNN7EXAMPLE").build())),
                broken("Slack webhook in a dashboard description", "secret/inline",
                        "dashboard 'shop': description contains a Slack webhook URL",
                        m -> m.toBuilder().dashboards(List.of(Dashboard.builder("shop", "Shop").description("Alerts go to"
                                + " https://hooks.slack.com/services/T0123ABCD/B0123ABCD/abcdefghijklmnopqrstuvwx")
                                .build())).build()),
                broken("route to an unknown receiver", "alertmanager/routing", "receiver 'team', which is not declared",
                        m -> m.toBuilder().notifications(m.notifications().toBuilder()
                                .receivers(m.notifications().receivers().stream()
                                        .filter(r -> !r.name().equals("team")).toList()).build()).build()),
                broken("recording rule without example", "recording/examples", "has no example",
                        m -> m.toBuilder().withRuleGroup(RuleGroup.named("more")
                                .withRule(Rule.record("job:queue_depth:max").expr("max by (job) (queue_depth)")).build()).build()),
                broken("metric help null", "model/missing-value", "metric 'queue_age': help is null",
                        m -> m.toBuilder().withMetric(Metric.gauge("queue_age").help(null).job("api").build()).build()),
                broken("alert name null", "model/missing-value", "alert #1 in group 'shop-alerts': name is null",
                        m -> replaceAlert(m, a -> rename(a, null))),
                broken("annotation value null", "model/missing-value",
                        "alert 'QueueBacklog' in group 'shop-alerts': annotation 'owner' is null",
                        m -> replaceAlert(m, a -> copy(a).annotation("owner", null).build())),
                broken("label with a null name", "model/missing-value",
                        "alert 'QueueBacklog' in group 'shop-alerts': labels has a null key",
                        m -> replaceAlert(m, a -> copy(a).label(null, "shop").build())),
                broken("dashboard title null", "model/missing-value", "dashboard 'shop': title is null",
                        m -> m.toBuilder().dashboards(List.of(Dashboard.builder("shop", null).build())).build()),
                broken("null panel in a dashboard", "model/missing-value", "dashboard 'shop': panel #2 is null",
                        m -> m.toBuilder().dashboards(List.of(Dashboard.builder("shop", "Shop")
                                .withPanel(Panel.text("About").content("The shop."))
                                .withPanel((Panel) null).build())).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenModels")
    void stopsGenerationNamingTheElementAndWritesNothing(String name, String checkId, String fragment,
                                                         UnaryOperator<Observability> breakIt) throws IOException {
        Observability model = breakIt.apply(SampleModel.model());
        ModelRejectedException rejected = assertThrows(ModelRejectedException.class, () -> {
            new OutputWriter().write(Generation.standard().render(model, RenderSettings.of("test")).output(), output);
        });
        List<Finding> matching = rejected.findings().stream()
                .filter(f -> f.isError() && f.checkId().equals(checkId) && f.format().contains(fragment))
                .toList();
        assertEquals(1, matching.size(), () -> "expected one " + checkId + " error containing '" + fragment
                + "', got:\n" + rejected.getMessage());
        try (Stream<Path> files = Files.list(output)) {
            assertEquals(0, files.count(), "a rejected model must write nothing");
        }
    }

    @Test
    void theSampleModelHasNoErrors() {
        List<Finding> findings = CheckRegistry.standard().run(SampleModel.model());
        assertTrue(findings.stream().noneMatch(Finding::isError), () -> findings.toString());
    }

    @Test
    void aMissingValueStopsEveryOtherCheck() {
        Observability model = SampleModel.builder()
                .withMetric(Metric.counter("jobs_done").help(null).job("nowhere").build()).build();
        List<Finding> findings = CheckRegistry.standard().run(model);
        assertEquals(List.of("error[model/missing-value] metric 'jobs_done': help is null"),
                findings.stream().map(Finding::format).toList());
    }

    @Test
    void everyCheckIdIsUniqueAndNamespaced() {
        List<String> ids = CheckRegistry.standard().checks().stream().map(ModelCheck::id).toList();
        assertEquals(ids.size(), ids.stream().distinct().count());
        assertTrue(ids.stream().allMatch(id -> id.matches("[a-z]+/[a-z][a-z0-9-]*")), ids::toString);
    }

    private static Arguments broken(String name, String checkId, String fragment, UnaryOperator<Observability> change) {
        return Arguments.of(name, checkId, fragment, change);
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    private static Observability replaceAlert(Observability model, UnaryOperator<AlertRule> change) {
        List<RuleGroup> groups = model.ruleGroups().stream()
                .map(g -> new RuleGroup(g.name(), g.interval(), g.limit(), g.rules().stream()
                        .map(r -> r instanceof AlertRule a ? (Rule) change.apply(a) : r).toList()))
                .toList();
        return model.toBuilder().ruleGroups(groups).build();
    }

    private static Observability withReceiver(Observability model, Receiver replacement) {
        NotificationPolicy policy = model.notifications();
        return model.toBuilder().notifications(policy.toBuilder().receivers(policy.receivers().stream()
                .map(r -> r.name().equals(replacement.name()) ? replacement : r).toList()).build()).build();
    }

    private static Observability withRunbookPattern(Observability m, String pattern) {
        return new Observability(m.name(), m.metrics(), m.ruleGroups(), m.scrapeJobs(), m.prometheus(),
                m.notifications(), new RunbookSettings(pattern), m.corrections(), m.dashboards(), m.logs(), m.spans(),
                m.collection(), m.slos(), m.team());
    }

    private static AlertRule.Builder copy(AlertRule a) {
        AlertRule.Builder builder = Rule.alert(a.name()).expr(a.expr()).forDuration(a.forDuration())
                .keepFiringFor(a.keepFiringFor()).severity(a.severity()).summary(a.summary())
                .description(a.description()).runbook(a.runbook());
        a.labels().forEach(builder::label);
        a.annotations().forEach(builder::annotation);
        a.scenarios().forEach(builder::withScenario);
        return builder;
    }

    private static AlertRule rename(AlertRule a, String name) {
        return new AlertRule(name, a.expr(), a.forDuration(), a.keepFiringFor(), a.severity(), a.labels(), a.summary(),
                a.description(), a.runbook(), a.annotations(), a.scenarios(), a.designNote(), a.suppressions(),
                a.imported(), a.runbookUrl());
    }

    private static AlertRule withScenarios(AlertRule a, List<AlertScenario> scenarios) {
        return new AlertRule(a.name(), a.expr(), a.forDuration(), a.keepFiringFor(), a.severity(), a.labels(), a.summary(),
                a.description(), a.runbook(), a.annotations(), scenarios, a.designNote(), a.suppressions(),
                a.imported(), a.runbookUrl());
    }

}
