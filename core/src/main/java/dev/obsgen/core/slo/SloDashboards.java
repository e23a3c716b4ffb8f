package dev.obsgen.core.slo;

import dev.obsgen.model.dashboard.CursorSync;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.DatasourceVariable;
import dev.obsgen.model.dashboard.GrafanaUnit;
import dev.obsgen.model.dashboard.GraphStyle;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PrometheusTarget;
import dev.obsgen.model.dashboard.Row;
import dev.obsgen.model.dashboard.StatPanel;
import dev.obsgen.model.dashboard.Thresholds;
import dev.obsgen.model.dashboard.TimeseriesPanel;
import dev.obsgen.model.slo.AvailabilitySli;
import dev.obsgen.model.slo.Slo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One error-budget dashboard per service with SLOs, read from the series {@link SloRules} records, so it shows
 * exactly what the alerts compare: a row per SLO with its SLI against the objective, the burn rate of every alert
 * window against the alert factors, the budget left over the period, and its burn alerts firing. The factors and
 * the objective are the SLO's own numbers, so the lines cannot drift from the alerts.
 */
public final class SloDashboards {
    /** The folder of a platform's SLO dashboards; a team's are in the team's folder. */
    public static final String FOLDER = "SLOs";
    public static final String TAG = "slo";

    private SloDashboards() {
    }

    /** A dashboard per service in {@code folder}, in the order the services' first SLOs are declared. */
    public static List<Dashboard> of(List<Slo> slos, String folder) {
        Map<String, List<Slo>> byService = new LinkedHashMap<>();
        for (Slo slo : slos) {
            byService.computeIfAbsent(slo.service(), s -> new ArrayList<>()).add(slo);
        }
        List<Dashboard> dashboards = new ArrayList<>();
        byService.forEach((service, own) -> dashboards.add(dashboard(service, own, folder)));
        return dashboards;
    }

    /** The uid of a service's dashboard. */
    public static String uid(String service) {
        return "slo-" + service;
    }

    private static Dashboard dashboard(String service, List<Slo> slos, String folder) {
        Dashboard.Builder dashboard = Dashboard.builder(uid(service), "SLOs: " + service)
                .description("The error budgets of the SLOs of " + service + ": each row is one SLO, read from the "
                        + "series its recording rules write.")
                .withTag(TAG)
                .folder(folder)
                // A week shows the slow burns the ticket alerts catch; the period's window covers the rest.
                .time("now-7d", "now")
                .refresh("1m")
                .tooltip(CursorSync.CROSSHAIR)
                .withVariable(DatasourceVariable.prometheus());
        for (Slo slo : slos) {
            dashboard.withRow(Row.builder(slo.name() + ": " + SloRules.number(slo.objective()) + " % over "
                    + slo.period()));
            dashboard.withPanel(sli(slo));
            dashboard.withPanel(burnRate(slo));
            dashboard.withPanel(budgetLeft(slo));
            dashboard.withPanel(alertsFiring(slo));
        }
        return dashboard.build();
    }

    private static TimeseriesPanel.Builder sli(Slo slo) {
        double objective = objective(slo);
        return Panel.timeseries(slo.name() + ": SLI")
                .description("The share of good events of " + slo.name() + " over the last 5 minutes and over the "
                        + slo.period() + " period, against the objective of " + SloRules.number(slo.objective())
                        + " % (the dashed line). " + slo.description()
                        + (slo.sli() instanceof AvailabilitySli ? "" : " Empty where there were no events."))
                .unit(GrafanaUnit.PERCENT_UNIT).max(1).decimals(3)
                .thresholds(Thresholds.absolute("red").step(objective, "green"))
                .style(GraphStyle.lines().thresholdsStyle(GraphStyle.ThresholdsStyle.DASHED))
                .span(8).height(8)
                .withTarget(PrometheusTarget.builder("1 - " + ratio(slo, "5m")).legendFormat("5m"))
                .withTarget(PrometheusTarget.builder("1 - " + ratio(slo, SloRules.periodWindow(slo))).legendFormat(SloRules.periodWindow(slo)));
    }

    private static TimeseriesPanel.Builder burnRate(Slo slo) {
        long period = SloRules.periodHours(slo);
        Thresholds thresholds = Thresholds.absolute("green");
        List<BurnWindows> pairs = new ArrayList<>(BurnWindows.TICKET);
        pairs.addAll(BurnWindows.PAGE);
        pairs.sort(Comparator.comparingDouble(pair -> pair.factor(period)));
        StringBuilder lines = new StringBuilder();
        for (BurnWindows pair : pairs) {
            boolean page = BurnWindows.PAGE.contains(pair);
            thresholds = thresholds.step(pair.factor(period), page ? "red" : "orange");
            lines.append(lines.isEmpty() ? "" : ", ").append(SloWindows.shown(pair.factor(period))).append(" (")
                    .append(page ? "page" : "ticket").append(", ").append(pair.shortWindow()).append(" and ")
                    .append(pair.longWindow()).append(")");
        }
        TimeseriesPanel.Builder panel = Panel.timeseries(slo.name() + ": burn rate")
                .description("How many times faster than its even pace each window spends the error budget of "
                        + slo.name() + ": 1 spends exactly the budget over the " + slo.period() + " period. The "
                        + "dashed lines are the alert factors: " + lines + ". " + slo.alert() + "Page or "
                        + slo.alert() + "Ticket fires when both windows of a pair burn above the pair's factor.")
                .unit(GrafanaUnit.NONE).min(0).decimals(2)
                .thresholds(thresholds)
                .style(GraphStyle.lines().thresholdsStyle(GraphStyle.ThresholdsStyle.DASHED))
                .span(8).height(8);
        for (String window : BurnWindows.WINDOWS) {
            panel.withTarget(PrometheusTarget.builder(ratio(slo, window) + " / on(sloth_id) group_left "
                    + "slo:error_budget:ratio" + selector(slo)).legendFormat(window));
        }
        return panel;
    }

    private static StatPanel.Builder budgetLeft(Slo slo) {
        return Panel.stat(slo.name() + ": budget left")
                .description("The share of the error budget of " + slo.name() + " left over the " + slo.period()
                        + " period, now and over time: orange under a quarter, red once spent (below 0 %, when the "
                        + "period's SLI is under the objective).")
                .unit(GrafanaUnit.PERCENT_UNIT).decimals(1)
                .thresholds(Thresholds.absolute("red").step(0, "orange").step(0.25, "green"))
                .span(4).height(8)
                .withTarget(PrometheusTarget.builder("slo:period_error_budget_remaining:ratio" + selector(slo))
                        .legendFormat("budget left"));
    }

    private static StatPanel.Builder alertsFiring(Slo slo) {
        // Counted, with 0 when none fires: ALERTS has no series at all then, and a stat of nothing reads as broken.
        return Panel.stat(slo.name() + ": alerts firing")
                .description("How many of the burn-rate alerts of " + slo.name() + " fire now, and when they fired: "
                        + slo.alert() + "Page (the budget burns fast) and " + slo.alert() + "Ticket (it burns "
                        + "slowly but steadily).")
                .unit(GrafanaUnit.SHORT).decimals(0)
                .thresholds(Thresholds.absolute("green").step(1, "red"))
                .span(4).height(8)
                .withTarget(PrometheusTarget.builder("count(ALERTS{alertname=~\"" + slo.alert() + "Page|"
                        + slo.alert() + "Ticket\", alertstate=\"firing\"}) or vector(0)").legendFormat("firing"));
    }

    private static String ratio(Slo slo, String window) {
        return SloRules.RATIO + window + selector(slo);
    }

    private static String selector(Slo slo) {
        return "{sloth_id=\"" + slo.id() + "\"}";
    }

    private static double objective(Slo slo) {
        return SloRules.objectiveRatio(slo);
    }
}
