package dev.obsgen.core.check.alert;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.GroupedRule;
import dev.obsgen.core.check.RuleCheck;
import dev.obsgen.core.check.RuleTests;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.AlertScenario;
import dev.obsgen.model.rule.ExpectedAlert;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Every alert is tested: at least one scenario that must fire it and one that must not, each with input series and
 * an evaluation time. A firing scenario states the value of every templated annotation, since promtool compares
 * annotations exactly. An alert marked {@code imported()} (brought in from an existing rule file) that lacks its
 * scenarios is a warning, so an imported model generates at once and gains its tests over time.
 */
@CheckDefinition(
        id = "alert/scenarios",
        severity = FindingSeverity.ERROR,
        summary = "Every alert has a firing and a calm scenario, complete enough to become a promtool test.",
        example = "an alert with only AlertScenario.fires(...), or a templated description its scenario does not state",
        fix = "Add AlertScenario.calm(...) with input under which it must not fire, and withAlert(labels, Map.of(\"description\", \"...\")). "
                + "An alert brought in from an existing rule file and marked imported() only warns while it lacks them.")
public final class AlertScenarios implements RuleCheck {
    @Override
    public void checkAlert(GroupedRule<AlertRule> alert, FindingSink findings) {
        if (alert.rule().scenarios().stream().noneMatch(AlertScenario::fires)) {
            RuleTests.reportMissing(alert, "has no scenario that fires it; add "
                    + "withScenario(AlertScenario.fires(...)) with input that must fire it", findings);
        }
        if (alert.rule().scenarios().stream().allMatch(AlertScenario::fires)) {
            RuleTests.reportMissing(alert, "has no calm scenario; add "
                    + "withScenario(AlertScenario.calm(...)) with input under which it must not fire", findings);
        }
        Set<String> names = new HashSet<>();
        for (AlertScenario scenario : alert.rule().scenarios()) {
            String where = RuleTests.where(alert, "scenario", scenario.name());
            if (!names.add(scenario.name())) {
                findings.report(where, "scenario names must be unique within an alert");
            }
            RuleTests.reportIncomplete(where, scenario.input(), scenario.evalTime(), findings);
            for (ExpectedAlert expected : scenario.expected()) {
                for (String templated : templatedAnnotations(alert.rule()).keySet()) {
                    if (!expected.annotations().containsKey(templated)) {
                        findings.report(where, "annotation '" + templated
                                + "' is templated, so the scenario must state its expected text");
                    }
                }
            }
        }
    }

    /** The annotations whose text depends on the alert's labels or value. */
    public static Map<String, String> templatedAnnotations(AlertRule alert) {
        Map<String, String> templated = new LinkedHashMap<>();
        if (alert.summary() != null && alert.summary().contains("{{")) {
            templated.put("summary", alert.summary());
        }
        if (alert.description() != null && alert.description().contains("{{")) {
            templated.put("description", alert.description());
        }
        alert.annotations().forEach((name, value) -> {
            if (value.contains("{{")) {
                templated.put(name, value);
            }
        });
        return templated;
    }
}
