package dev.obsgen.core.slo;

import dev.obsgen.core.check.PromDuration;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.AlertScenario;
import dev.obsgen.model.rule.RecordingExample;
import dev.obsgen.model.rule.RecordingRule;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.rule.Series;
import dev.obsgen.model.slo.AvailabilitySli;
import dev.obsgen.model.slo.LatencySli;
import dev.obsgen.model.slo.RatioSli;
import dev.obsgen.model.slo.Slo;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every SLO of a model as ordinary rule groups, in the shape Sloth generates (its record names and labels, so
 * dashboards built for Sloth read them): the SLI's error ratio over every window, the metadata, and a page and a
 * ticket alert on the burn rate; and an error-budget dashboard per service ({@link SloDashboards}). Expanded before the checks run, so every check of rules applies to them, and with
 * recording examples and alert scenarios derived from the SLO's numbers, so promtool tests the arithmetic.
 *
 * <p>Unlike Sloth, which averages the 5-minute ratio over long windows (wrong when traffic varies), the bad and the
 * total events are recorded over 5 minutes and every longer window divides their sums: exact, and as cheap, since
 * no long window reads the raw counters.
 */
public final class SloRules {
    static final String BAD = "slo:sli_bad_events:rate5m";
    static final String TOTAL = "slo:sli_total_events:rate5m";
    static final String RATIO = "slo:sli_error:ratio_rate";

    // The last expansion, held weakly (it keeps no model alive): a run expands its model for the checks and again
    // for the renderers, and the second call gets the first one's instance instead of building another.
    private static volatile Expansion last = new Expansion(new WeakReference<>(null), new WeakReference<>(null));

    private record Expansion(WeakReference<Observability> model, WeakReference<Observability> expanded) {
    }

    private SloRules() {
    }

    /** The model with the rule groups of its SLOs added after its own, and a dashboard per service after its own. */
    public static Observability expand(Observability model) {
        Expansion previous = last;
        Observability known = previous.expanded().get();
        if (known != null && previous.model().get() == model) {
            return known;
        }
        Observability expanded = expandOnce(model);
        if (expanded != model) {
            last = new Expansion(new WeakReference<>(model), new WeakReference<>(expanded));
        }
        return expanded;
    }

    private static Observability expandOnce(Observability model) {
        // Expanding twice adds nothing: an SLO whose groups are there is expanded already.
        Set<String> present = new HashSet<>();
        model.ruleGroups().forEach(group -> present.add(group.name()));
        List<Slo> pending = model.slos().stream()
                .filter(slo -> !present.contains("sloth-slo-sli-recordings-" + slo.id()))
                .toList();
        if (pending.isEmpty()) {
            return model;
        }
        List<RuleGroup> groups = new ArrayList<>(model.ruleGroups());
        for (Slo slo : pending) {
            groups.add(sliGroup(slo));
            groups.add(metaGroup(slo));
            groups.add(alertGroup(slo));
        }
        List<Dashboard> dashboards = new ArrayList<>(model.dashboards());
        // A team's go into its own folder: a Grafana folder holds one owner's dashboards.
        dashboards.addAll(SloDashboards.of(pending,
                model.isTeam() ? model.team().folder() : SloDashboards.FOLDER));
        return model.toBuilder().ruleGroups(groups).dashboards(dashboards).build();
    }

    /** The objective as {@code slo:objective:ratio} records it: the double its written digits read back to. */
    static double objectiveRatio(Slo slo) {
        return Double.parseDouble(number(slo.objective() / 100));
    }

    /** The error budget as Sloth writes it into alert thresholds: (100 - objective) / 100. */
    static double budget(Slo slo) {
        return (100 - slo.objective()) / 100;
    }

    /**
     * The period as Prometheus writes a duration, which Sloth's window label and record name use: 30d, but 28d is
     * 4w and 7d is 1w.
     */
    static String periodWindow(Slo slo) {
        long hours = periodHours(slo);
        if (hours % (24 * 7) == 0 && hours % (24 * 365) != 0) {
            return hours / (24 * 7) + "w";
        }
        return hours % 24 == 0 ? hours / 24 + "d" : hours + "h";
    }

    static long periodHours(Slo slo) {
        return PromDuration.millis(slo.period()) / 3_600_000L;
    }

    /** The labels of every rule of the SLO: Sloth's three and the SLO's own. */
    static Map<String, String> labels(Slo slo) {
        Map<String, String> labels = new LinkedHashMap<>(slo.labels());
        labels.put("sloth_id", slo.id());
        labels.put("sloth_service", slo.service());
        labels.put("sloth_slo", slo.name());
        return labels;
    }

    private static String filter(Slo slo) {
        return "{sloth_id=\"" + slo.id() + "\", sloth_service=\"" + slo.service() + "\", sloth_slo=\"" + slo.name()
                + "\"}";
    }

    private static Set<String> windows(Slo slo) {
        Set<String> windows = new LinkedHashSet<>(BurnWindows.WINDOWS);
        windows.add(periodWindow(slo));
        return windows;
    }

    private static RuleGroup sliGroup(Slo slo) {
        RuleGroup.Builder group = RuleGroup.named("sloth-slo-sli-recordings-" + slo.id());
        String filter = filter(slo);
        group.withRule(record(slo, BAD, badExpr(slo), "Bad events a second over 5 minutes.", null));
        group.withRule(record(slo, TOTAL, totalExpr(slo), "All events a second over 5 minutes.", null));
        for (String window : windows(slo)) {
            String expr = window.equals("5m") ? BAD + filter + "\n/\n" + TOTAL + filter
                    : "sum_over_time(" + BAD + filter + "[" + window + "])\n/\nsum_over_time(" + TOTAL + filter + "["
                            + window + "])";
            group.withRule(record(slo, RATIO + window, expr, "The share of bad events over " + window + ".", window));
        }
        return group.build();
    }

    private static RuleGroup metaGroup(Slo slo) {
        RuleGroup.Builder group = RuleGroup.named("sloth-slo-meta-recordings-" + slo.id());
        String filter = filter(slo);
        String on = " / on(sloth_id, sloth_slo, sloth_service) group_left\nslo:error_budget:ratio" + filter;
        group.withRule(record(slo, "slo:objective:ratio", "vector(" + number(slo.objective() / 100) + ")",
                "The objective as a ratio.", null));
        group.withRule(record(slo, "slo:error_budget:ratio", "vector(1-" + number(slo.objective() / 100) + ")",
                "The share of events that may be bad.", null));
        group.withRule(record(slo, "slo:time_period:days", "vector(" + periodHours(slo) / 24.0 + ")",
                "The SLO's period in days.", null));
        group.withRule(record(slo, "slo:current_burn_rate:ratio", RATIO + "5m" + filter + on,
                "How many times the budget's even pace the last 5 minutes burned.", null));
        group.withRule(record(slo, "slo:period_burn_rate:ratio", RATIO + periodWindow(slo) + filter + on,
                "How many times the budget's even pace the period burned.", null));
        group.withRule(record(slo, "slo:period_error_budget_remaining:ratio",
                "1 - slo:period_burn_rate:ratio" + filter, "The share of the period's budget left.", null));
        group.withRule(record(slo, "sloth_slo_info", "vector(1)", "The SLO, with its objective as a label.", null));
        return group.build();
    }

    private static RuleGroup alertGroup(Slo slo) {
        return RuleGroup.named("sloth-slo-alerts-" + slo.id())
                .withRule(SloAlerts.page(slo, filter(slo)))
                .withRule(SloAlerts.ticket(slo, filter(slo)))
                .build();
    }

    private static Rule record(Slo slo, String name, String expr, String help, String window) {
        RecordingRule.Builder rule = Rule.record(name).expr(expr).help(help);
        labels(slo).forEach(rule::label);
        if (name.equals("sloth_slo_info")) {
            rule.label("sloth_objective", number(slo.objective()));
            rule.suppress("recording/name", "Sloth's name for the info series, which dashboards built for Sloth read");
        }
        if (window != null) {
            rule.label("sloth_window", window);
        }
        rule.withExample(SloExamples.of(slo, name, window));
        return rule.build();
    }

    private static String badExpr(Slo slo) {
        if (slo.sli() instanceof RatioSli ratio) {
            return ratio.counts() == RatioSli.Counts.BAD ? "sum(rate(" + ratio.events() + "[5m]))"
                    : "sum(rate(" + ratio.total() + "[5m]))\n-\nsum(rate(" + ratio.events() + "[5m]))";
        }
        if (slo.sli() instanceof LatencySli latency) {
            return "sum(rate(" + latency.histogram() + "_count" + matchers(latency, null) + "[5m]))\n-\nsum(rate("
                    + latency.histogram() + "_bucket" + matchers(latency, latency.threshold()) + "[5m]))";
        }
        AvailabilitySli up = (AvailabilitySli) slo.sli();
        return "sum(1 - up{job=\"" + up.job() + "\"})";
    }

    private static String totalExpr(Slo slo) {
        if (slo.sli() instanceof RatioSli ratio) {
            return "sum(rate(" + ratio.total() + "[5m]))";
        }
        if (slo.sli() instanceof LatencySli latency) {
            return "sum(rate(" + latency.histogram() + "_count" + matchers(latency, null) + "[5m]))";
        }
        AvailabilitySli up = (AvailabilitySli) slo.sli();
        return "count(up{job=\"" + up.job() + "\"})";
    }

    /**
     * The histogram's matchers, and the bucket at the threshold. Clients write a boundary as 10 or as 10.0, and
     * Prometheus 2 keeps the label as written, so the bucket matcher takes both.
     */
    static String matchers(LatencySli latency, Double threshold) {
        StringBuilder text = new StringBuilder(latency.matchers());
        if (threshold != null) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append("le=~\"").append(bucket(threshold).replace(".", "\\\\.")).append("(\\\\.0)?\"");
        }
        return text.isEmpty() ? "" : "{" + text + "}";
    }

    /** A bucket boundary as Go's client writes it: 10, 0.5, 2.5. */
    static String bucket(double threshold) {
        return number(threshold);
    }

    /** A number as Go and Sloth write it, in plain digits, which PromQL and YAML read back to the same double. */
    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : new java.math.BigDecimal(Double.toString(value)).toPlainString();
    }
}
