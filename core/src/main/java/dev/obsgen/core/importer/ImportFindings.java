package dev.obsgen.core.importer;

import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.Elements;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.SharedNames;
import dev.obsgen.model.Observability;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the checks on the imported model and turns every finding on an imported rule into a suppression on that rule,
 * {@code imported: <message>}, so the model generates and each problem stays listed where it is. Scenarios and
 * examples are left to {@code imported()}, which makes their absence a warning.
 *
 * <p>A finding names its rule as {@link Elements#rule} does, with the labels that tell apart rules of one name (a
 * warning and a critical threshold), so one run of the checks places every finding on its rule; rules with the same
 * name and labels share one element name and so their findings.
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
        Observability checked = ImportedModelBuilder.build(model);
        SharedNames shared = SharedNames.of(checked);
        Map<String, List<int[]>> rulesByElement = new HashMap<>();
        List<List<Map<String, String>>> suppressions = new ArrayList<>();
        for (int g = 0; g < checked.ruleGroups().size(); g++) {
            RuleGroup group = checked.ruleGroups().get(g);
            List<Map<String, String>> rules = new ArrayList<>();
            for (int r = 0; r < group.rules().size(); r++) {
                Rule rule = group.rules().get(r);
                rulesByElement.computeIfAbsent(Elements.rule(shared, group, rule), e -> new ArrayList<>())
                        .add(new int[] {g, r});
                rules.add(new TreeMap<>());
            }
            suppressions.add(rules);
        }
        List<Finding> other = new ArrayList<>();
        for (Finding finding : checks.run(checked)) {
            if (finding.severity() == FindingSeverity.NOTE || LEFT_TO_IMPORTED.contains(finding.checkId())) {
                continue;
            }
            List<int[]> targets = targets(finding.element(), rulesByElement);
            if (targets == null) {
                other.add(finding);
                continue;
            }
            for (int[] target : targets) {
                suppressions.get(target[0]).get(target[1]).merge(finding.checkId(), "imported: "
                        + finding.locatedMessage(), (a, b) -> a.contains(b.substring(10)) ? a : a + "; " + b.substring(10));
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

    /** The rules a finding names, itself or as a part of it ({@code ..., scenario 's'}), or null when it names none. */
    private static List<int[]> targets(String element, Map<String, List<int[]>> rulesByElement) {
        for (int end = element.length(); end > 0; end = element.lastIndexOf(", ", end - 1)) {
            List<int[]> rules = rulesByElement.get(element.substring(0, end));
            if (rules != null) {
                return rules;
            }
        }
        return null;
    }
}
