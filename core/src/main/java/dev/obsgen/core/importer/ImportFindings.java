package dev.obsgen.core.importer;

import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.Elements;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.check.SharedNames;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.model.Observability;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the checks on the imported model and turns every finding on an imported rule into a suppression on that rule,
 * {@code imported: <message>}, so the model generates and each problem stays listed where it is. Scenarios and
 * examples are left to {@code imported()}, which makes their absence a warning.
 *
 * <p>An alert name may be used by several rules of a group (a warning and a critical threshold), and findings name
 * rules by group and name; the checks therefore run once per occurrence, the other occurrences renamed, so each
 * finding lands on the rule it is about.
 */
final class ImportFindings {
    /** Left to {@code imported()}: their absence is what marks a rule as imported. */
    static final List<String> LEFT_TO_IMPORTED = List.of("alert/scenarios", "recording/examples");

    /** The model with its suppressions, and the findings that are on no imported rule. */
    record Result(ImportedModel model, List<Finding> otherFindings) {
    }

    private ImportFindings() {
    }

    static Result suppress(ImportedModel model, CheckRegistry checks) {
        List<List<Map<String, String>>> suppressions = new ArrayList<>();
        int layers = 1;
        for (ImportedGroup group : model.groups()) {
            List<Map<String, String>> rules = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (ImportedRule rule : group.rules()) {
                rules.add(new TreeMap<>());
                if (rule.alert()) {
                    layers = Math.max(layers, seen.merge(rule.name(), 1, Integer::sum));
                }
            }
            suppressions.add(rules);
        }
        List<Finding> other = new ArrayList<>();
        for (int layer = 0; layer < layers; layer++) {
            Map<String, List<int[]>> rulesByElement = new LinkedHashMap<>();
            List<String> renamed = new ArrayList<>();
            Observability checked = layerModel(model, layer, rulesByElement, renamed);
            for (Finding finding : checks.run(checked)) {
                if (finding.severity() == FindingSeverity.NOTE || LEFT_TO_IMPORTED.contains(finding.checkId())
                        || renamed.stream().anyMatch(e -> names(finding.element(), e))) {
                    continue;
                }
                List<int[]> targets = targets(finding.element(), rulesByElement);
                if (targets == null) {
                    targets = byName(finding.element(), model, layer);
                }
                if (targets == null) {
                    if (layer == 0) {
                        other.add(finding);
                    }
                    continue;
                }
                for (int[] target : targets) {
                    suppressions.get(target[0]).get(target[1]).merge(finding.checkId(), "imported: "
                            + finding.message(), (a, b) -> a.contains(b.substring(10)) ? a : a + "; " + b.substring(10));
                }
            }
        }
        List<ImportedGroup> groups = new ArrayList<>();
        for (int g = 0; g < model.groups().size(); g++) {
            ImportedGroup group = model.groups().get(g);
            List<ImportedRule> rules = new ArrayList<>();
            for (int r = 0; r < group.rules().size(); r++) {
                rules.add(group.rules().get(r).withSuppressions(suppressions.get(g).get(r)));
            }
            groups.add(group.withRules(rules));
        }
        return new Result(model.withGroups(groups), other);
    }

    /**
     * The model with, in each group, the {@code layer}-th use of every alert name under its name and the others
     * renamed out of the way; {@code rulesByElement} receives how findings name each rule of this layer.
     */
    private static Observability layerModel(ImportedModel model, int layer, Map<String, List<int[]>> rulesByElement,
                                            List<String> renamed) {
        Observability base = ImportedModelBuilder.build(model);
        List<RuleGroup> groups = new ArrayList<>();
        for (int g = 0; g < model.groups().size(); g++) {
            ImportedGroup imported = model.groups().get(g);
            RuleGroup group = base.ruleGroups().get(g);
            Map<String, Integer> seen = new HashMap<>();
            List<Rule> rules = new ArrayList<>();
            for (int r = 0; r < imported.rules().size(); r++) {
                ImportedRule rule = imported.rules().get(r);
                int occurrence = rule.alert() ? seen.merge(rule.name(), 1, Integer::sum) - 1 : layer;
                Rule built = group.rules().get(r);
                if (occurrence != layer) {
                    built = ImportedModelBuilder.rule(rule, rule.name() + "Occurrence" + (occurrence + 1));
                    renamed.add(Elements.rule(SharedNames.none(), group, built));
                } else {
                    rulesByElement.computeIfAbsent(Elements.rule(SharedNames.none(), group, built), e -> new ArrayList<>())
                            .add(new int[] {g, r});
                }
                rules.add(built);
            }
            groups.add(group.withRules(rules));
        }
        return base.withRuleGroups(groups);
    }

    /** The rules a finding names by group and name, or null when it names none that way. */
    private static List<int[]> targets(String element, Map<String, List<int[]>> rulesByElement) {
        for (Map.Entry<String, List<int[]>> entry : rulesByElement.entrySet()) {
            if (names(element, entry.getKey())) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** Whether a finding's element is the rule, or a part of it such as one of its scenarios. */
    private static boolean names(String element, String rule) {
        return element.equals(rule) || element.startsWith(rule + ",");
    }

    /**
     * The rules a finding names without their group, as {@code model/unique-names} does ({@code alert 'X'}, or
     * {@code recording rule 'x'} with its labels when it has any), among those under their own name in this layer;
     * null when it names none.
     */
    private static List<int[]> byName(String element, ImportedModel model, int layer) {
        List<int[]> found = new ArrayList<>();
        for (int g = 0; g < model.groups().size(); g++) {
            Map<String, Integer> seen = new HashMap<>();
            List<ImportedRule> rules = model.groups().get(g).rules();
            for (int r = 0; r < rules.size(); r++) {
                ImportedRule rule = rules.get(r);
                int occurrence = rule.alert() ? seen.merge(rule.name(), 1, Integer::sum) - 1 : layer;
                String named = rule.alert() ? "alert '" + rule.name() + "'" : "recording rule '" + rule.name()
                        + (rule.labels().isEmpty() ? "" : rule.labels().toString()) + "'";
                if (occurrence == layer && element.equals(named)) {
                    found.add(new int[] {g, r});
                }
            }
        }
        return found.isEmpty() ? null : found;
    }
}
