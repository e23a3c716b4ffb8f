package dev.obsgen.core.render.prometheus;

import dev.obsgen.core.check.Elements;
import dev.obsgen.core.check.SharedNames;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.StreamingRenderer;
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
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.rule.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A {@code promtool test rules} file per rule group, from the scenarios of its alerts and the examples of its
 * recording rules. Every test loads every rule file, so an alert may build on a recording rule of another group.
 * A team's tests also load the platform's rule groups its rules read, and only those: in the composed tree the
 * platform's own files, in the team's tree copies under {@code prometheus/tests/platform/} (which Prometheus
 * never loads), so the team's tests pass on their own. An alert whose name other rules share (a warning and a
 * critical threshold) is tested in a file of its own, which loads its siblings' groups without them.
 */
public final class RuleTestRenderer implements StreamingRenderer {
    public static final String DIRECTORY = "prometheus/tests/";
    public static final String PLATFORM_COPIES = DIRECTORY + "platform/";
    public static final String ISOLATED = DIRECTORY + "isolated/";

    public static String path(RuleGroup group) {
        return DIRECTORY + group.name() + ".test.yml";
    }

    @Override
    public void render(Observability model, RenderSettings settings, Consumer<GeneratedFile> files) {
        List<String> platformFiles = new ArrayList<>();
        List<RuleGroup> copied = new ArrayList<>();
        if (model.isTeam()) {
            for (RuleGroup group : PlatformRules.readBy(model, model.team().platform())) {
                if (settings.composed()) {
                    platformFiles.add(ComposedTree.toRoot(DIRECTORY + "x") + RuleFileRenderer.path(group));
                } else {
                    platformFiles.add("platform/" + group.name() + ".yml");
                    copied.add(group);
                }
            }
        }
        List<String> ruleFiles = new ArrayList<>(model.ruleGroups().size() + platformFiles.size());
        for (RuleGroup group : model.ruleGroups()) {
            ruleFiles.add("../rules/" + group.name() + ".yml");
        }
        ruleFiles.addAll(platformFiles);
        SharedNames shared = SharedNames.of(model);
        IsolatedGroups isolated = null;
        boolean any = false;
        for (RuleGroup group : model.ruleGroups()) {
            List<RuleTestDocument.TestGroup> tests = new ArrayList<>();
            for (AlertRule alert : group.alerts()) {
                if (!shared.shared(alert)) {
                    tests.addAll(alertTests(model, shared, alert));
                }
            }
            for (RecordingRule rule : group.recordingRules()) {
                for (RecordingExample example : rule.examples()) {
                    tests.add(recordingTest(rule, example));
                }
            }
            if (!tests.isEmpty()) {
                RuleTestDocument document = new RuleTestDocument(ruleFiles,
                        model.prometheus().evaluationInterval(), tests);
                files.accept(GeneratedFile.text(path(group), YamlFormat.write(document, settings.header())));
                any = true;
            }
            for (AlertRule alert : group.alerts()) {
                if (shared.shared(alert) && !alert.scenarios().isEmpty()) {
                    if (isolated == null) {
                        isolated = new IsolatedGroups(model, shared);
                    }
                    testAlone(model, settings, shared, isolated, group, alert, platformFiles, files);
                    any = true;
                }
            }
        }
        if (any) {
            Observability platform = model.isTeam() ? model.team().platform() : null;
            for (RuleGroup group : copied) {
                files.accept(GeneratedFile.text(PLATFORM_COPIES + group.name() + ".yml", YamlFormat.write(
                        RuleEntries.document(platform, List.of(group)), settings.header()
                                + " A copy of rule group '" + group.name() + "' of platform '" + platform.name()
                                + "' for this team's promtool tests; Prometheus does not load it.")));
            }
        }
    }

    /**
     * The test file of an alert whose name other rules share: promtool compares every alert of a name at an
     * evaluation time, so a scenario of the warning rule whose input also crosses the critical threshold would see
     * the critical alert too. Its test loads every rule file as the others do, except that a group holding another
     * rule of the name is loaded from a copy without it, under {@link #ISOLATED} (which Prometheus never loads).
     */
    public static String path(SharedNames shared, RuleGroup group, AlertRule alert) {
        return DIRECTORY + aloneName(shared, group, alert) + ".test.yml";
    }

    /** The copy of group {@code loaded} without the other rules of {@code alert}'s name, for its test alone. */
    public static String isolatedPath(SharedNames shared, RuleGroup group, AlertRule alert, RuleGroup loaded) {
        return ISOLATED + aloneName(shared, group, alert) + "/" + loaded.name() + ".yml";
    }

    private static String aloneName(SharedNames shared, RuleGroup group, AlertRule alert) {
        return group.name() + "." + alert.name() + "." + suffix(shared, alert);
    }

    /**
     * What tells the alert's test file apart from its siblings': the values of its distinguishing labels
     * ({@code warning}, {@code critical-1h}) where they make a short, plain file name that no sibling shares, else its
     * place among the rules of the name.
     */
    private static String suffix(SharedNames shared, AlertRule alert) {
        String named = labelValues(shared, alert);
        boolean plain = !named.isEmpty() && named.length() <= 60 && shared.siblings(alert).stream()
                .filter(rule -> rule != alert).noneMatch(rule -> labelValues(shared, rule).equals(named));
        return plain ? named : String.valueOf(shared.ordinal(alert));
    }

    private static String labelValues(SharedNames shared, Rule rule) {
        return String.join("-", shared.distinguishing(rule).values()).replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    private static void testAlone(Observability model, RenderSettings settings, SharedNames shared,
                                  IsolatedGroups isolatedGroups, RuleGroup home, AlertRule alert,
                                  List<String> platformFiles, Consumer<GeneratedFile> files) {
        List<RuleGroup> isolated = isolatedGroups.of(alert);
        List<String> ruleFiles = new ArrayList<>();
        int next = 0;
        for (RuleGroup group : model.ruleGroups()) {
            if (next < isolated.size() && isolated.get(next) == group) {
                ruleFiles.add(isolatedPath(shared, home, alert, group).substring(DIRECTORY.length()));
                next++;
            } else {
                ruleFiles.add("../rules/" + group.name() + ".yml");
            }
        }
        ruleFiles.addAll(platformFiles);
        files.accept(GeneratedFile.text(path(shared, home, alert), YamlFormat.write(new RuleTestDocument(ruleFiles,
                model.prometheus().evaluationInterval(), alertTests(model, shared, alert)), settings.header())));
        for (RuleGroup group : isolated) {
            List<Rule> kept = group.rules().stream()
                    .filter(rule -> !(rule instanceof AlertRule other && other != alert
                            && other.name().equals(alert.name())))
                    .toList();
            RuleGroup alone = group.toBuilder().rules(kept).build();
            files.accept(GeneratedFile.text(isolatedPath(shared, home, alert, group), YamlFormat.write(
                    RuleEntries.document(model, List.of(alone), RuleFileRenderer.clearsOwner(model, settings)),
                    settings.header() + " A copy of rule group '" + group.name() + "' without the other alerts named '"
                            + alert.name() + "', for the promtool tests of " + Elements.alert(shared, home, alert)
                            + "; Prometheus does not load it.")));
        }
    }

    // The rule's labels and annotations are what every scenario of the alert expects: worked out once per alert.
    private static List<RuleTestDocument.TestGroup> alertTests(Observability model, SharedNames shared,
                                                               AlertRule alert) {
        if (alert.scenarios().isEmpty()) {
            return List.of();
        }
        Map<String, String> ruleLabels = RuleEntries.labels(alert);
        Map<String, String> ruleAnnotations = RuleEntries.annotations(model, alert);
        String title = alert.name() + shared.selector(alert);
        List<RuleTestDocument.TestGroup> tests = new ArrayList<>(alert.scenarios().size());
        for (AlertScenario scenario : alert.scenarios()) {
            tests.add(alertTest(title, ruleLabels, ruleAnnotations, alert, scenario));
        }
        return tests;
    }

    private static RuleTestDocument.TestGroup alertTest(String title, Map<String, String> ruleLabels,
                                                        Map<String, String> ruleAnnotations, AlertRule alert,
                                                        AlertScenario scenario) {
        List<RuleTestDocument.ExpectedAlert> expected = new ArrayList<>();
        for (ExpectedAlert alertExpected : scenario.expected()) {
            Map<String, String> labels = new TreeMap<>(alertExpected.labels());
            labels.putAll(ruleLabels);
            Map<String, String> annotations = new TreeMap<>(ruleAnnotations);
            annotations.putAll(alertExpected.annotations());
            expected.add(new RuleTestDocument.ExpectedAlert(labels, annotations));
        }
        String verdict = scenario.fires() ? "fires" : "stays calm";
        return new RuleTestDocument.TestGroup(title + " " + verdict + ": " + scenario.name(),
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
        List<RuleTestDocument.InputSeries> input = new ArrayList<>(series.size());
        for (Series s : series) {
            input.add(new RuleTestDocument.InputSeries(SeriesText.of(s.metric(), s.labels()), s.values()));
        }
        return input;
    }
}
