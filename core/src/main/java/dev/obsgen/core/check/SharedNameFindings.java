package dev.obsgen.core.check;

import dev.obsgen.core.check.promql.QueryKind;
import dev.obsgen.core.check.promql.QueryRunner;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Query findings about rules of a shared name, named as model findings name them
 * ({@code alert 'X' {severity="warning"} in group 'g'}). A query carries its rule's name and group and, as its
 * static labels, the rule's labels and severity: the rule's key ({@link SharedNames#key}), which tells the rules of
 * one name apart.
 */
final class SharedNameFindings {
    private record Named(Map<String, String> key, String element) {
    }

    private SharedNameFindings() {
    }

    static List<Finding> of(QueryRunner.Result result, Observability model) {
        return of(result, CheckedModel.of(model));
    }

    static List<Finding> of(QueryRunner.Result result, CheckedModel checked) {
        Observability model = checked.model();
        SharedNames shared = checked.sharedNames();
        Map<String, List<Named>> byPlainName = new HashMap<>();
        for (RuleGroup group : model.ruleGroups()) {
            for (Rule rule : group.rules()) {
                if (shared.shared(rule)) {
                    byPlainName.computeIfAbsent(Elements.rule(SharedNames.none(), group, rule), n -> new ArrayList<>())
                            .add(new Named(SharedNames.key(rule), Elements.rule(shared, group, rule)));
                }
            }
        }
        if (byPlainName.isEmpty()) {
            return result.findings();
        }
        List<Finding> findings = new ArrayList<>();
        for (QueryRunner.Located located : result.located()) {
            Finding finding = located.finding();
            List<Named> candidates = byPlainName.get(finding.element());
            if (candidates == null || located.query().kind() == QueryKind.PANEL) {
                findings.add(finding);
                continue;
            }
            Map<String, String> key = new TreeMap<>(located.query().staticLabels());
            // A query gives an alert without a severity an empty one; the key leaves it out.
            key.remove(Severity.LABEL, "");
            String element = candidates.stream().filter(n -> n.key().equals(key)).map(Named::element).findFirst()
                    .orElse(finding.element());
            findings.add(finding.withElement(element));
        }
        return findings;
    }
}
