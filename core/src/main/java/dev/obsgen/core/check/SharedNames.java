package dev.obsgen.core.check;

import dev.obsgen.core.render.prometheus.SeriesText;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.RecordingRule;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Rules that share one name, as Prometheus allows: a warning and a critical alert at two thresholds
 * ({@code NodeFilesystemSpaceFillingUp}), burn-rate alerts that differ in their window labels, a series recorded
 * under several static labels. A rule is identified by its name and its labels, the severity included
 * ({@link #key}); where a name is shared, the labels that tell its rules apart are shown after it.
 * Reading a model with missing values never throws: a null name, label or rule is passed over.
 */
public final class SharedNames {
    private static final SharedNames NONE = new SharedNames(Map.of(), Map.of());
    private final Map<String, List<Rule>> alertsByName;
    private final Map<String, List<Rule>> recordingsByName;

    private SharedNames(Map<String, List<Rule>> alertsByName, Map<String, List<Rule>> recordingsByName) {
        this.alertsByName = alertsByName;
        this.recordingsByName = recordingsByName;
    }

    /** No rule shares a name: names are shown alone. */
    public static SharedNames none() {
        return NONE;
    }

    public static SharedNames of(Observability model) {
        return model == null ? NONE : of(model.ruleGroups());
    }

    public static SharedNames of(List<RuleGroup> groups) {
        Map<String, List<Rule>> alerts = new HashMap<>();
        Map<String, List<Rule>> recordings = new HashMap<>();
        for (RuleGroup group : groups == null ? List.<RuleGroup>of() : groups) {
            for (Rule rule : group == null ? List.<Rule>of() : group.rules()) {
                if (rule == null || rule.name() == null) {
                    continue;
                }
                (rule instanceof AlertRule ? alerts : recordings).computeIfAbsent(rule.name(), n -> new ArrayList<>())
                        .add(rule);
            }
        }
        return new SharedNames(alerts, recordings);
    }

    /**
     * What identifies a rule besides its name: its labels, and an alert's severity as the label it becomes. Two
     * rules of one name and one key are the same rule twice.
     */
    public static Map<String, String> key(Rule rule) {
        Map<String, String> key = new TreeMap<>();
        if (rule.labels() != null) {
            rule.labels().forEach((name, value) -> {
                if (name != null) {
                    key.put(name, value);
                }
            });
        }
        if (rule instanceof AlertRule alert && alert.severity() != null) {
            key.put(Severity.LABEL, alert.severity().label());
        }
        return key;
    }

    /**
     * Whether another rule of the same kind has this rule's name and other labels. The same rule twice is not a
     * shared name but a duplicate, which {@code model/unique-names} refuses.
     */
    public boolean shared(Rule rule) {
        return !distinguishing(rule).isEmpty();
    }

    /** Every rule of the same kind with this rule's name, this one included, in model order. */
    public List<Rule> siblings(Rule rule) {
        if (rule == null || rule.name() == null) {
            return List.of();
        }
        Map<String, List<Rule>> byName = rule instanceof RecordingRule ? recordingsByName : alertsByName;
        return byName.getOrDefault(rule.name(), List.of());
    }

    /**
     * The labels of {@link #key} whose values differ among the rules of this name: {@code severity} for a warning and
     * critical pair. Empty where the name is not shared, and for rules that are the same rule twice.
     */
    public Map<String, String> distinguishing(Rule rule) {
        List<Rule> siblings = siblings(rule);
        if (siblings.size() < 2) {
            return Map.of();
        }
        List<Map<String, String>> keys = siblings.stream().map(SharedNames::key).toList();
        Set<String> names = new TreeSet<>();
        keys.forEach(k -> names.addAll(k.keySet()));
        Map<String, String> own = key(rule);
        Map<String, String> distinguishing = new TreeMap<>();
        for (String name : names) {
            String first = keys.get(0).get(name);
            if (keys.stream().anyMatch(k -> !Objects.equals(k.get(name), first))) {
                distinguishing.put(name, own.get(name) == null ? "" : own.get(name));
            }
        }
        return distinguishing;
    }

    /** The distinguishing labels as a selector after the name ({@code  {severity="warning"}}), or nothing. */
    public String selector(Rule rule) {
        return selector(distinguishing(rule));
    }

    /** Labels as a selector after a name ({@code  {window="1h"}}), or nothing when there are none. */
    public static String selector(Map<String, String> labels) {
        if (labels.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(" {");
        labels.forEach((name, value) -> text.append(text.length() > 2 ? ", " : "").append(name).append('=')
                .append(SeriesText.quote(value)));
        return text.append('}').toString();
    }

    /** This rule's place among the rules of its name, from 1, in model order; 1 where the name is not shared. */
    public int ordinal(Rule rule) {
        List<Rule> siblings = siblings(rule);
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i) == rule) {
                return i + 1;
            }
        }
        return 1;
    }
}
