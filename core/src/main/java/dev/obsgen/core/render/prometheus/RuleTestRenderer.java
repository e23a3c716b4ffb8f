package dev.obsgen.core.render.prometheus;

import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.Renderer;
import dev.obsgen.core.render.YamlFormat;
import dev.obsgen.core.team.ComposedTree;
import dev.obsgen.core.team.PlatformRules;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.AlertScenario;
import dev.obsgen.model.rule.ExpectedAlert;
import dev.obsgen.model.rule.ExpectedSample;
import dev.obsgen.model.rule.RecordingExample;
import dev.obsgen.model.rule.RecordingRule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.rule.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@code promtool test rules} file per rule group, from the scenarios of its alerts and the examples of its
 * recording rules. Every test loads every rule file, so an alert may build on a recording rule of another group.
 * A team's tests also load the platform's rule groups its rules read, and only those: in the composed tree the
 * platform's own files, in the team's tree copies under {@code prometheus/tests/platform/} (which Prometheus
 * never loads), so the team's tests pass on their own.
 */
public final class RuleTestRenderer implements Renderer {
    public static final String DIRECTORY = "prometheus/tests/";
    public static final String PLATFORM_COPIES = DIRECTORY + "platform/";

    public static String path(RuleGroup group) {
        return DIRECTORY + group.name() + ".test.yml";
    }

    @Override
    public List<GeneratedFile> render(Observability model, RenderSettings settings) {
        List<String> ruleFiles = new ArrayList<>(model.ruleGroups().stream()
                .map(g -> "../rules/" + g.name() + ".yml")
                .toList());
        List<GeneratedFile> copies = new ArrayList<>();
        if (model.isTeam()) {
            Observability platform = model.team().platform();
            for (RuleGroup group : PlatformRules.readBy(model, platform)) {
                if (settings.composed()) {
                    ruleFiles.add(ComposedTree.toRoot(DIRECTORY + "x") + RuleFileRenderer.path(group));
                } else {
                    ruleFiles.add("platform/" + group.name() + ".yml");
                    copies.add(GeneratedFile.text(PLATFORM_COPIES + group.name() + ".yml", YamlFormat.write(
                            RuleEntries.document(platform, List.of(group)), settings.header()
                                    + " A copy of rule group '" + group.name() + "' of platform '" + platform.name()
                                    + "' for this team's promtool tests; Prometheus does not load it.")));
                }
            }
        }
        List<GeneratedFile> files = new ArrayList<>();
        for (RuleGroup group : model.ruleGroups()) {
            List<RuleTestDocument.TestGroup> tests = new ArrayList<>();
            for (AlertRule alert : group.alerts()) {
                for (AlertScenario scenario : alert.scenarios()) {
                    tests.add(alertTest(model, alert, scenario));
                }
            }
            for (RecordingRule rule : group.recordingRules()) {
                for (RecordingExample example : rule.examples()) {
                    tests.add(recordingTest(rule, example));
                }
            }
            if (tests.isEmpty()) {
                continue;
            }
            RuleTestDocument document = new RuleTestDocument(ruleFiles,
                    model.prometheus().evaluationInterval(), tests);
            files.add(GeneratedFile.text(path(group), YamlFormat.write(document, settings.header())));
        }
        if (!files.isEmpty()) {
            files.addAll(copies);
        }
        return files;
    }

    private static RuleTestDocument.TestGroup alertTest(Observability model, AlertRule alert, AlertScenario scenario) {
        Map<String, String> ruleLabels = RuleEntries.labels(alert);
        Map<String, String> ruleAnnotations = RuleEntries.annotations(model, alert);
        List<RuleTestDocument.ExpectedAlert> expected = new ArrayList<>();
        for (ExpectedAlert alertExpected : scenario.expected()) {
            Map<String, String> labels = new TreeMap<>(alertExpected.labels());
            labels.putAll(ruleLabels);
            Map<String, String> annotations = new TreeMap<>(ruleAnnotations);
            annotations.putAll(alertExpected.annotations());
            expected.add(new RuleTestDocument.ExpectedAlert(labels, annotations));
        }
        String verdict = scenario.fires() ? "fires" : "stays calm";
        return new RuleTestDocument.TestGroup(alert.name() + " " + verdict + ": " + scenario.name(),
                scenario.interval(), input(scenario.input()),
                List.of(new RuleTestDocument.AlertTest(scenario.evalTime(), alert.name(), expected)), null);
    }

    private static RuleTestDocument.TestGroup recordingTest(RecordingRule rule, RecordingExample example) {
        List<RuleTestDocument.Sample> samples = new ArrayList<>();
        for (ExpectedSample sample : example.samples()) {
            Map<String, String> labels = new TreeMap<>(sample.labels());
            labels.putAll(rule.labels());
            samples.add(new RuleTestDocument.Sample(SeriesText.of(rule.name(), labels), sample.value()));
        }
        return new RuleTestDocument.TestGroup(rule.name() + " records: " + example.name(), example.interval(),
                input(example.input()), null,
                List.of(new RuleTestDocument.ExprTest(selector(rule), example.evalTime(), samples)));
    }

    // The rule's static labels select its own series: other rules may record the name under other labels.
    private static String selector(RecordingRule rule) {
        return rule.labels().isEmpty() ? rule.name() : SeriesText.of(rule.name(), rule.labels());
    }

    private static List<RuleTestDocument.InputSeries> input(List<Series> series) {
        return series.stream()
                .map(s -> new RuleTestDocument.InputSeries(SeriesText.of(s.metric(), s.labels()), s.values()))
                .toList();
    }
}
