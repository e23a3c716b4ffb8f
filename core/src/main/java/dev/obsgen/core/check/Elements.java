package dev.obsgen.core.check;

import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.RecordingRule;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;

/**
 * How findings name model elements, so every message points at the same thing the same way. The walk over every
 * value ({@link ModelValues}) names elements with these words too.
 */
public final class Elements {
    private Elements() {
    }

    /** A name in quotes, or the position in its list ({@code #2}, from 1) when the name itself is missing. */
    public static String quoted(String name, int position) {
        return name == null ? "#" + position : "'" + name + "'";
    }

    public static String metric(Metric metric) {
        return metricRef(metric).toString();
    }

    public static ElementRef metricRef(Metric metric) {
        return ElementRef.of("metric", metric.name());
    }

    /**
     * {@code alert 'X' in group 'g'}; where rules share the name, the labels that tell them apart follow it:
     * {@code alert 'X' {severity="warning"} in group 'g'}.
     */
    public static String rule(SharedNames shared, RuleGroup group, Rule rule) {
        return ruleRef(shared, group, rule).toString();
    }

    /** The rule as a reference: its kind and name, and its labels where they tell it apart, and its group. */
    public static ElementRef ruleRef(SharedNames shared, RuleGroup group, Rule rule) {
        String kind = rule instanceof AlertRule ? "alert" : "recording rule";
        return new ElementRef(kind, rule.name(), shared.selector(rule) + " in group '" + group.name() + "'");
    }

    public static String alert(SharedNames shared, RuleGroup group, AlertRule alert) {
        return rule(shared, group, alert);
    }

    public static String recording(SharedNames shared, RuleGroup group, RecordingRule rule) {
        return rule(shared, group, rule);
    }

    /**
     * The name without the labels that tell rules of a shared name apart, for callers that do not hold the model's
     * {@link SharedNames} yet; prefer {@link #alert(SharedNames, RuleGroup, AlertRule)}.
     */
    public static String alert(RuleGroup group, AlertRule alert) {
        return rule(SharedNames.none(), group, alert);
    }

    /** As {@link #alert(RuleGroup, AlertRule)}: prefer {@link #recording(SharedNames, RuleGroup, RecordingRule)}. */
    public static String recording(RuleGroup group, RecordingRule rule) {
        return rule(SharedNames.none(), group, rule);
    }

    public static String dashboard(Dashboard dashboard) {
        return dashboardRef(dashboard).toString();
    }

    public static ElementRef dashboardRef(Dashboard dashboard) {
        return ElementRef.of("dashboard", dashboard.uid());
    }

    public static String group(RuleGroup group) {
        return groupRef(group).toString();
    }

    public static ElementRef groupRef(RuleGroup group) {
        return ElementRef.of("rule group", group.name());
    }

    public static String scrapeJob(String name) {
        return scrapeJobRef(name).toString();
    }

    public static ElementRef scrapeJobRef(String name) {
        return ElementRef.of("scrape job", name);
    }

    public static String receiver(String name) {
        return receiverRef(name).toString();
    }

    public static ElementRef receiverRef(String name) {
        return ElementRef.of("receiver", name);
    }
}
