package dev.obsgen.core.check;

import dev.obsgen.core.dashboard.DashboardShape;
import dev.obsgen.core.dashboard.ModelDashboards;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A model as one run of the checks reads it, with what several checks derive from it made once: the rules that
 * share a name, the rules with the names findings give them, the dashboards in the shape the dashboard checks read,
 * the elements findings refer to and the suppressions. On 10,000 alerts each of these costs more than most checks,
 * so no check makes its own. Each part is made on first use; checks running on two threads may ask at once.
 */
public final class CheckedModel {
    private final Observability model;
    private SharedNames shared;
    private ModelRules rules;
    private List<DashboardShape> dashboards;
    private Map<String, ElementRef> elements;
    private Map<String, Map<String, String>> suppressions;

    private CheckedModel(Observability model) {
        this.model = model;
    }

    public static CheckedModel of(Observability model) {
        return new CheckedModel(model);
    }

    public Observability model() {
        return model;
    }

    public synchronized SharedNames sharedNames() {
        if (shared == null) {
            shared = SharedNames.of(model);
        }
        return shared;
    }

    public synchronized ModelRules rules() {
        if (rules == null) {
            rules = ModelRules.of(model, sharedNames());
        }
        return rules;
    }

    public synchronized List<DashboardShape> dashboards() {
        if (dashboards == null) {
            dashboards = ModelDashboards.of(model);
        }
        return dashboards;
    }

    /**
     * The model's rules, groups, dashboards, metrics, scrape jobs and receivers by the text findings name them with,
     * for the references findings carry.
     */
    synchronized Map<String, ElementRef> elements() {
        if (elements == null) {
            elements = elements(model, sharedNames());
        }
        return elements;
    }

    /**
     * The check ids each rule and dashboard suppresses, keyed on its element name, for the sink that turns a
     * suppressed finding into a note.
     */
    synchronized Map<String, Map<String, String>> suppressions() {
        if (suppressions == null) {
            suppressions = suppressions(model, sharedNames());
        }
        return suppressions;
    }

    private static Map<String, ElementRef> elements(Observability model, SharedNames shared) {
        Map<String, ElementRef> byText = new HashMap<>();
        for (RuleGroup group : model.ruleGroups()) {
            ElementRef groupRef = Elements.groupRef(group);
            byText.put(groupRef.toString(), groupRef);
            for (Rule rule : group.rules()) {
                ElementRef ref = Elements.ruleRef(shared, group, rule);
                byText.put(ref.toString(), ref);
            }
        }
        List<ElementRef> others = new ArrayList<>();
        model.dashboards().forEach(d -> others.add(Elements.dashboardRef(d)));
        model.metrics().forEach(m -> others.add(Elements.metricRef(m)));
        model.scrapeJobs().forEach(j -> others.add(Elements.scrapeJobRef(j.name())));
        if (model.notifications() != null) {
            model.notifications().receivers().forEach(r -> others.add(Elements.receiverRef(r.name())));
        }
        others.forEach(ref -> byText.putIfAbsent(ref.toString(), ref));
        return byText;
    }

    private static Map<String, Map<String, String>> suppressions(Observability model, SharedNames shared) {
        Map<String, Map<String, String>> byElement = new HashMap<>();
        for (RuleGroup group : model.ruleGroups()) {
            for (Rule rule : group.rules()) {
                if (!rule.suppressions().isEmpty()) {
                    byElement.put(Elements.rule(shared, group, rule), rule.suppressions());
                }
            }
        }
        for (Dashboard dashboard : model.dashboards()) {
            if (!dashboard.suppressions().isEmpty()) {
                byElement.put(Elements.dashboard(dashboard), dashboard.suppressions());
            }
        }
        return byElement;
    }
}
