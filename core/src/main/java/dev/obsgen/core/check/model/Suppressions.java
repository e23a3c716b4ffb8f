package dev.obsgen.core.check.model;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.Elements;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.CheckedModel;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.GroupedRule;
import dev.obsgen.core.check.CheckedModelCheck;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.rule.Rule;
import java.util.Map;
import java.util.Set;

/**
 * A rule's or dashboard's {@code suppress(id, reason)} names a check that runs on them and may be silenced: a mistyped id would
 * otherwise silence nothing, without a word, and a check of the model's structure guards what every other check and
 * renderer relies on.
 */
@CheckDefinition(
        id = Suppressions.ID,
        severity = FindingSeverity.ERROR,
        summary = "Every suppress(id, reason) on a rule or dashboard names a check that runs on them and may be suppressed.",
        example = "Rule.alert(\"QueueBacklog\")...suppress(\"alert/scenario\", \"...\") (the id is alert/scenarios), or "
                + "suppress(\"model/missing-value\", \"...\")",
        fix = "Use an id from the check reference (docs/checks.md); fix what a structure check finds instead of "
                + "suppressing it.")
public final class Suppressions implements CheckedModelCheck {
    public static final String ID = "model/suppression";
    private final Set<String> suppressible;
    private final Map<String, String> refused;

    /**
     * @param suppressible the ids a rule may suppress
     * @param refused      ids that exist but cannot be suppressed on a rule, each with the reason
     */
    public Suppressions(Set<String> suppressible, Map<String, String> refused) {
        this.suppressible = Set.copyOf(suppressible);
        this.refused = Map.copyOf(refused);
    }

    @Override
    public void check(CheckedModel checked, FindingSink findings) {
        Observability model = checked.model();
        for (GroupedRule<Rule> rule : checked.rules().all()) {
            for (String id : rule.rule().suppressions().keySet()) {
                if (!suppressible.contains(id)) {
                    findings.report(rule.element(), refusal(id, refused.get(id)));
                }
            }
        }
        for (Dashboard dashboard : model.dashboards()) {
            for (String id : dashboard.suppressions().keySet()) {
                if (!suppressible.contains(id)) {
                    findings.report(Elements.dashboard(dashboard), refusal(id, refused.get(id)));
                }
            }
        }
    }

    private static String refusal(String id, String why) {
        return why == null ? "suppresses '" + id + "', which is not a check id; the ids are listed in docs/checks.md"
                : "suppresses '" + id + "', which cannot be suppressed: " + why;
    }
}
