package dev.obsgen.core.check.alert;

import dev.obsgen.core.check.GroupedRule;
import dev.obsgen.core.check.AlertCheck;
import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.AlertScenario;
import dev.obsgen.model.rule.ExpectedAlert;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
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
public final class AlertScenarios implements AlertCheck {
    @Override
    public void checkAlert(GroupedRule<AlertRule> alert, FindingSink findings) {
        List<AlertScenario> scenarios = alert.rule().scenarios();
        // An imported alert generates at once; its missing tests are listed until someone writes them.
        FindingSeverity missing = alert.rule().imported() ? FindingSeverity.WARNING : FindingSeverity.ERROR;
        String imported = alert.rule().imported() ? "is imported and untested: it " : "";
        if (scenarios.stream().noneMatch(AlertScenario::fires)) {
            findings.report(missing, alert.element(), imported + "has no scenario that fires it; add "
                    + "withScenario(AlertScenario.fires(...)) with input that must fire it");
        }
        if (scenarios.stream().allMatch(AlertScenario::fires)) {
            findings.report(missing, alert.element(), imported + "has no calm scenario; add "
                    + "withScenario(AlertScenario.calm(...)) with input under which it must not fire");
        }
        Set<String> names = new HashSet<>();
        for (AlertScenario scenario : scenarios) {
            String where = alert.element() + ", scenario '" + scenario.name() + "'";
            if (!names.add(scenario.name())) {
                findings.report(where, "scenario names must be unique within an alert");
            }
            if (scenario.input().isEmpty()) {
                findings.report(where, "has no input series");
            }
            if (scenario.evalTime() == null) {
                findings.report(where, "has no evaluation time; set at(\"10m\")");
            }
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
