package dev.obsgen.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.PairedAlertsModel;
import dev.obsgen.core.SampleModel;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.AlertScenario;
import dev.obsgen.model.rule.RecordingExample;
import dev.obsgen.model.rule.RecordingRule;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.rule.Series;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table of models around what identifies a rule and how far it must be tested: imported rules without scenarios or
 * examples, suppressions of model checks, and alerts that share a name. Each row is the sample model with one group
 * added, and the exact findings of the checks concerned, in order; an empty list is a row that must stay quiet.
 */
class RuleIdentityTest {
    private static final Set<String> CONCERNED = Set.of("alert/scenarios", "recording/examples", "alert/annotations",
            "model/unique-names", "model/suppression", "recording/name", "model/missing-value");

    static Stream<Arguments> rows() {
        return Stream.of(
                row("imported alert without scenarios warns", group(alert("Imported").imported()),
                        "warning[alert/scenarios] alert 'Imported' in group 'g': is imported and untested: it has no "
                                + "scenario that fires it; add withScenario(AlertScenario.fires(...)) with input that "
                                + "must fire it",
                        "warning[alert/scenarios] alert 'Imported' in group 'g': is imported and untested: it has no "
                                + "calm scenario; add withScenario(AlertScenario.calm(...)) with input under which it "
                                + "must not fire"),
                row("alert without scenarios that is not imported errs", group(alert("Written")),
                        "error[alert/scenarios] alert 'Written' in group 'g': has no scenario that fires it; add "
                                + "withScenario(AlertScenario.fires(...)) with input that must fire it",
                        "error[alert/scenarios] alert 'Written' in group 'g': has no calm scenario; add "
                                + "withScenario(AlertScenario.calm(...)) with input under which it must not fire"),
                row("imported alert with only a calm scenario warns once", group(alert("Imported").imported()
                                .withScenario(calm())),
                        "warning[alert/scenarios] alert 'Imported' in group 'g': is imported and untested: it has no "
                                + "scenario that fires it; add withScenario(AlertScenario.fires(...)) with input that "
                                + "must fire it"),
                row("imported alert with both scenarios is quiet", group(tested("Imported").imported())),
                row("imported alert's other checks are unchanged", group(tested("Imported").imported().runbook(null)
                                .withScenario(AlertScenario.calm("no time").withInput(depth("5x20")))),
                        "error[alert/annotations] alert 'Imported' in group 'g': has no runbook; name one with "
                                + "runbook(\"slug\"), or link one that lives elsewhere with runbookUrl(\"https://...\")",
                        "error[alert/scenarios] alert 'Imported' in group 'g', scenario 'no time': has no evaluation "
                                + "time; set at(\"10m\")"),
                row("imported recording rule without examples warns", group(recording("job:queue_depth:max").imported()),
                        "warning[recording/examples] recording rule 'job:queue_depth:max' in group 'g': is imported "
                                + "and untested: it has no example; add withExample(RecordingExample.named(...)) with "
                                + "its expected samples"),
                row("recording rule without examples that is not imported errs",
                        group(recording("job:queue_depth:max")),
                        "error[recording/examples] recording rule 'job:queue_depth:max' in group 'g': has no example; "
                                + "add withExample(RecordingExample.named(...)) with its expected samples"),
                row("a suppressed model check is a note with the reason", group(alert("Written")
                                .suppress("alert/scenarios", "imported from the legacy file; tests follow in OPS-12")),
                        "note[alert/scenarios] alert 'Written' in group 'g': suppressed: has no scenario that fires "
                                + "it; add withScenario(AlertScenario.fires(...)) with input that must fire it; "
                                + "reason: imported from the legacy file; tests follow in OPS-12",
                        "note[alert/scenarios] alert 'Written' in group 'g': suppressed: has no calm scenario; add "
                                + "withScenario(AlertScenario.calm(...)) with input under which it must not fire; "
                                + "reason: imported from the legacy file; tests follow in OPS-12"),
                row("a suppression covers the parts of its rule", group(tested("Written")
                                .withScenario(AlertScenario.calm("no time").withInput(depth("5x20")))
                                .suppress("alert/scenarios", "kept as it was")),
                        "note[alert/scenarios] alert 'Written' in group 'g', scenario 'no time': suppressed: has no "
                                + "evaluation time; set at(\"10m\"); reason: kept as it was"),
                row("a suppression of one check leaves the others", group(alert("Written").runbook(null)
                                .suppress("alert/annotations", "no runbook yet")),
                        "note[alert/annotations] alert 'Written' in group 'g': suppressed: has no runbook; name one with "
                                + "runbook(\"slug\"), or link one that lives elsewhere with runbookUrl(\"https://...\"); "
                                + "reason: no runbook yet",
                        "error[alert/scenarios] alert 'Written' in group 'g': has no scenario that fires it; add "
                                + "withScenario(AlertScenario.fires(...)) with input that must fire it",
                        "error[alert/scenarios] alert 'Written' in group 'g': has no calm scenario; add "
                                + "withScenario(AlertScenario.calm(...)) with input under which it must not fire"),
                row("a recording rule suppresses its naming convention", group(recording("queue_max").withExample(example())
                                .suppress("recording/name", "the name dashboards already read")),
                        "note[recording/name] recording rule 'queue_max' in group 'g': suppressed: name it "
                                + "level:metric:operations, such as 'job:http_requests:rate5m'; reason: the name "
                                + "dashboards already read"),
                row("an unknown check id is an error naming the rule and the id", group(tested("Written")
                                .suppress("alert/scenario", "typo")),
                        "error[model/suppression] alert 'Written' in group 'g': suppresses 'alert/scenario', which is "
                                + "not a check id; the ids are listed in docs/checks.md"),
                row("a structure check cannot be suppressed", group(tested("Written")
                                .suppress("model/missing-value", "no")),
                        "error[model/suppression] alert 'Written' in group 'g': suppresses 'model/missing-value', "
                                + "which cannot be suppressed: it checks the model's structure, which every other "
                                + "check and renderer relies on"),
                row("the suppression check cannot be suppressed", group(tested("Written")
                                .suppress("model/suppression", "no")),
                        "error[model/suppression] alert 'Written' in group 'g': suppresses 'model/suppression', "
                                + "which cannot be suppressed: it checks the suppressions themselves"),
                row("a query check id is known", group(tested("Written")
                                .suppress("promql/unknown-metric", "read from another Prometheus"))),
                row("a warning and a critical alert of one name are accepted", group(
                        tested("QueueTooDeep"), tested("QueueTooDeep").severity(Severity.CRITICAL))),
                row("alerts of one name and severity that differ in a label are accepted", group(
                        tested("QueueTooDeep").label("window", "1h"), tested("QueueTooDeep").label("window", "6h"))),
                row("the same alert twice is refused", group(tested("QueueTooDeep"), tested("QueueTooDeep")),
                        "error[model/unique-names] alert 'QueueTooDeep' in group 'g': is declared more than once with the same "
                                + "labels; rules of one name must differ in their labels or severity"),
                row("the same alert twice beside its critical sibling is refused, named by its severity", group(
                        tested("QueueTooDeep"), tested("QueueTooDeep").severity(Severity.CRITICAL),
                        tested("QueueTooDeep")),
                        "error[model/unique-names] alert 'QueueTooDeep' {severity=\"warning\"} in group 'g': is declared more "
                                + "than once with the same labels; rules of one name must differ in their labels or "
                                + "severity"),
                row("findings name the rule of a shared name by its labels", group(
                        tested("QueueTooDeep").runbook(null), tested("QueueTooDeep").severity(Severity.CRITICAL)),
                        "error[alert/annotations] alert 'QueueTooDeep' {severity=\"warning\"} in group 'g': has no "
                                + "runbook; name one with runbook(\"slug\"), or link one that lives elsewhere with "
                                + "runbookUrl(\"https://...\")"),
                row("the walk over every value names the rule of a shared name by its labels", group(
                        tested("QueueTooDeep"), tested("QueueTooDeep").severity(Severity.CRITICAL)
                                .annotation("owner", null)),
                        "error[model/missing-value] alert 'QueueTooDeep' {severity=\"critical\"} in group 'g': "
                                + "annotation 'owner' is null"),
                row("a structure finding is not suppressed", group(tested("Written").annotation("owner", null)
                                .suppress("model/missing-value", "no")),
                        "error[model/missing-value] alert 'Written' in group 'g': annotation 'owner' is null"),
                row("a suppression on one rule of a pair leaves its sibling", group(
                        tested("QueueTooDeep").runbook(null).suppress("alert/annotations", "shared page"),
                        tested("QueueTooDeep").severity(Severity.CRITICAL).runbook(null)),
                        "note[alert/annotations] alert 'QueueTooDeep' {severity=\"warning\"} in group 'g': "
                                + "suppressed: has no runbook; name one with runbook(\"slug\"), or link one that lives "
                                + "elsewhere with runbookUrl(\"https://...\"); reason: shared page",
                        "error[alert/annotations] alert 'QueueTooDeep' {severity=\"critical\"} in group 'g': has no "
                                + "runbook; name one with runbook(\"slug\"), or link one that lives elsewhere with "
                                + "runbookUrl(\"https://...\")"),
                row("a runbook that lives elsewhere, linked by its URL, is quiet", group(tested("Linked").runbook(null)
                        .runbookUrl("https://runbooks.example.com/queues/linked"))),
                row("a runbook slug and a runbook URL both", group(tested("Both")
                                .runbookUrl("https://runbooks.example.com/queues/both")),
                        "error[alert/annotations] alert 'Both' in group 'g': has both runbook('queue-deep') and "
                                + "runbookUrl('https://runbooks.example.com/queues/both'); keep one"),
                row("a runbook URL that is not absolute", group(tested("Relative").runbook(null)
                                .runbookUrl("runbooks/relative.md")),
                        "error[alert/annotations] alert 'Relative' in group 'g': runbookUrl 'runbooks/relative.md' must "
                                + "be an absolute http or https URL"),
                row("recording rules of one name under other labels are accepted", group(
                        recording("job:queue_depth:max").label("tier", "a").withExample(example()),
                        recording("job:queue_depth:max").label("tier", "b").withExample(example()))),
                row("the same recording rule twice is refused", group(
                        recording("job:queue_depth:max").withExample(example()),
                        recording("job:queue_depth:max").withExample(example())),
                        "error[model/unique-names] recording rule 'job:queue_depth:max' in group 'g': is declared more than once "
                                + "with the same labels; rules of one name must differ in their labels or severity"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void findsExactly(String name, RuleGroup added, List<String> expected) {
        Observability model = SampleModel.builder().withRuleGroup(added).build();
        List<String> found = CheckRegistry.standard().run(model).stream()
                .filter(f -> CONCERNED.contains(f.checkId()))
                .map(Finding::format)
                .toList();
        assertEquals(expected, found);
    }

    @org.junit.jupiter.api.Test
    void thePairedAlertsFixtureHasNoFinding() {
        List<Finding> findings = CheckRegistry.standard().run(PairedAlertsModel.model());
        assertEquals(List.of(), findings.stream().map(Finding::format).toList());
    }

    @org.junit.jupiter.api.Test
    void queryFindingsNameTheRuleOfASharedNameByItsLabels() {
        Observability model = SampleModel.builder().withRuleGroup(group(tested("QueueTooDeep"),
                tested("QueueTooDeep").severity(Severity.CRITICAL).expr("queue_depht > 1000"))).build();
        List<String> elements = CheckRegistry.standard().run(model).stream()
                .filter(f -> f.checkId().equals("promql/unknown-metric"))
                .map(Finding::element)
                .toList();
        assertEquals(List.of("alert 'QueueTooDeep' {severity=\"critical\"} in group 'g'"), elements);
    }

    /**
     * A finding carries where it points as data: the element (kind, name, what tells it apart), and for a query
     * finding the range in the expression, whose line and column print after the message.
     */
    @org.junit.jupiter.api.Test
    void findingsCarryTheirElementAndRange() {
        Observability model = SampleModel.builder().withRuleGroup(group(tested("QueueTooDeep"),
                tested("QueueTooDeep").severity(Severity.CRITICAL).expr("queue_depth > 1000\n  or queue_depht > 1"),
                tested("queue_too_deep"))).build();
        List<Finding> findings = CheckRegistry.standard().run(model);
        Finding unknown = findings.stream().filter(f -> f.checkId().equals("promql/unknown-metric")).findFirst()
                .orElseThrow();
        assertEquals(new ElementRef("alert", "QueueTooDeep", " {severity=\"critical\"} in group 'g'"),
                unknown.location().element());
        assertEquals(null, unknown.location().field());
        assertEquals("queue_depht", unknown.location().range().textIn(unknown.location().text()));
        assertEquals("2:6", unknown.location().position().toString());
        assertTrue(unknown.format().contains("? (expr 2:6)\n"), unknown.format());
        Finding name = findings.stream().filter(f -> f.checkId().equals("alert/name")).findFirst().orElseThrow();
        assertEquals(new ElementRef("alert", "queue_too_deep", " in group 'g'"), name.location().element());
        assertEquals(null, name.location().range());
        assertEquals(name.message(), name.locatedMessage(), "a finding with no range prints no position");
        Observability broken = SampleModel.builder().withMetric(dev.obsgen.model.metric.Metric.counter("jobs_done")
                .help("Jobs done.").job("api").build()).build();
        Finding suffix = CheckRegistry.standard().run(broken).stream()
                .filter(f -> f.checkId().equals("metric/counter-suffix")).findFirst().orElseThrow();
        assertEquals(ElementRef.of("metric", "jobs_done"), suffix.location().element(), suffix::format);
    }

    private static Arguments row(String name, RuleGroup group, String... expected) {
        return Arguments.of(name, group, List.of(expected));
    }

    private static RuleGroup group(Object... rules) {
        RuleGroup.Builder group = RuleGroup.named("g");
        for (Object rule : rules) {
            if (rule instanceof AlertRule.Builder alert) {
                group.withRule(alert);
            } else {
                group.withRule((RecordingRule.Builder) rule);
            }
        }
        return group.build();
    }

    private static AlertRule.Builder alert(String name) {
        return Rule.alert(name).expr("queue_depth > 100").forDuration("5m").severity(Severity.WARNING)
                .summary("Queue deep.").description("A queue is deep.").runbook("queue-deep");
    }

    private static AlertRule.Builder tested(String name) {
        return alert(name)
                .withScenario(AlertScenario.fires("deep").at("10m").withInput(depth("150x20")).withAlert("queue", "q"))
                .withScenario(calm());
    }

    private static AlertScenario.Builder calm() {
        return AlertScenario.calm("shallow").at("10m").withInput(depth("5x20"));
    }

    private static Series depth(String values) {
        return Series.of("queue_depth").label("queue", "q").values(values);
    }

    private static RecordingRule.Builder recording(String name) {
        return Rule.record(name).expr("max by (job) (queue_depth)");
    }

    private static RecordingExample.Builder example() {
        return RecordingExample.named("deep").at("5m").withInput(depth("7x10")).withSample(7, "job", "api");
    }
}
