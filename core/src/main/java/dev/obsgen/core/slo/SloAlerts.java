package dev.obsgen.core.slo;

import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.AlertScenario;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.slo.RatioSli;
import dev.obsgen.model.slo.Slo;
import java.util.List;
import java.util.Map;

/**
 * The page and the ticket alert of an SLO, each firing when either of its window pairs burns faster than the pair's
 * factor, with scenarios derived from the factors: traffic that burns just above each pair's factor fires, traffic
 * just below the lowest stays calm, and no traffic at all stays calm.
 */
final class SloAlerts {
    // A million events a minute, so that a tenth of a factor of a 99.99 % budget is still whole bad events.
    private static final long EVENTS_PER_STEP = 1_000_000;
    private static final double ABOVE = 1.1;
    private static final double BELOW = 0.9;

    private SloAlerts() {
    }

    static AlertRule page(Slo slo, String filter) {
        return alert(slo, filter, "Page", "page", BurnWindows.PAGE, "70m");
    }

    static AlertRule ticket(Slo slo, String filter) {
        return alert(slo, filter, "Ticket", "ticket", BurnWindows.TICKET, "7h");
    }

    private static AlertRule alert(Slo slo, String filter, String suffix, String kind, List<BurnWindows> pairs,
                                   String eval) {
        long period = SloRules.periodHours(slo);
        double budget = SloRules.budget(slo);
        StringBuilder expr = new StringBuilder();
        for (BurnWindows pair : pairs) {
            String threshold = "(" + SloRules.number(pair.factor(period)) + " * " + SloRules.number(budget) + ")";
            if (!expr.isEmpty()) {
                expr.append("\nor\n");
            }
            expr.append("(\n  max(").append(SloRules.RATIO).append(pair.shortWindow()).append(filter).append(" > ")
                    .append(threshold).append(") without (sloth_window)\n  and\n  max(").append(SloRules.RATIO)
                    .append(pair.longWindow()).append(filter).append(" > ").append(threshold)
                    .append(") without (sloth_window)\n)");
        }
        AlertRule.Builder alert = Rule.alert(slo.alert() + suffix)
                .expr(expr.toString())
                .severity(kind.equals("page") ? slo.pageSeverity() : slo.ticketSeverity())
                .label("sloth_severity", kind)
                .summary("SLO " + slo.name() + " of " + slo.service() + " burns its error budget too fast.")
                .description("The " + slo.objective() + " % objective of " + slo.name() + " (" + slo.service()
                        + ") over " + slo.period() + " is burning its error budget faster than the " + kind
                        + " pace: " + (kind.equals("page") ? SloWindows.page(slo) : SloWindows.ticket(slo)) + ".")
                .annotation("burn_rate", "{{ with query \"slo:current_burn_rate:ratio{sloth_id=\\\"" + slo.id()
                        + "\\\"}\" }}{{ . | first | value | printf \"%.1f\" }}{{ end }}")
                .annotation("budget_left", "{{ with query \"100 * slo:period_error_budget_remaining:ratio{sloth_id=\\\""
                        + slo.id() + "\\\"}\" }}{{ . | first | value | printf \"%.0f\" }}{{ end }} %")
                .runbook(slo.runbook());
        Map<String, String> labels = SloRules.labels(slo);
        for (BurnWindows pair : pairs) {
            double share = ABOVE * pair.factor(period) * budget;
            if (share <= 1) {
                alert.withScenario(scenario(slo, AlertScenario.fires("burns at " + ABOVE + " times the "
                        + pair.shortWindow() + "/" + pair.longWindow() + " factor"), true, share, eval)
                        .withAlert(labels, burn(slo, share)));
            }
        }
        double lowest = pairs.stream().mapToDouble(p -> p.factor(period)).min().orElseThrow();
        alert.withScenario(scenario(slo, AlertScenario.calm("burns at " + BELOW + " times the lowest factor"), false,
                BELOW * lowest * budget, eval));
        if (!(slo.sli() instanceof dev.obsgen.model.slo.AvailabilitySli)) {
            // No events at all: every ratio is 0/0, which compares false, so a quiet night pages nobody.
            alert.withScenario(scenario(slo, AlertScenario.calm("no traffic"), false, 0, eval, 0));
        }
        return alert.build();
    }

    /**
     * The burn rate and the budget left the annotations say for steady traffic at {@code share} bad: the share
     * against the budget of the objective as recorded, and what a period burned at that pace leaves.
     */
    private static Map<String, String> burn(Slo slo, double share) {
        long total = eventsPerStep(slo);
        double ratio = (double) (long) Math.ceil(share * total) / total;
        double budget = 1 - SloRules.objectiveRatio(slo);
        double burn = ratio / budget;
        return Map.of("burn_rate", String.format(java.util.Locale.ROOT, "%.1f", burn),
                "budget_left", String.format(java.util.Locale.ROOT, "%.0f", 100 * (1 - burn)) + " %");
    }

    private static AlertScenario.Builder scenario(Slo slo, AlertScenario.Builder scenario, boolean fires,
                                                  double share, String eval) {
        return scenario(slo, scenario, fires, share, eval, eventsPerStep(slo));
    }

    // An availability SLI's events are targets, a hundred of them; the others' are a million events a minute.
    private static long eventsPerStep(Slo slo) {
        return slo.sli() instanceof dev.obsgen.model.slo.AvailabilitySli ? 100 : EVENTS_PER_STEP;
    }

    private static AlertScenario.Builder scenario(Slo slo, AlertScenario.Builder scenario, boolean fires,
                                                  double share, String eval, long total) {
        // Rounded away from the factor, so a scenario's share of bad events stays on its side of it.
        long bad = (long) (fires ? Math.ceil(share * total) : Math.floor(share * total));
        int points = (int) (dev.obsgen.core.check.PromDuration.millis(eval) / 60_000) + 10;
        SloTraffic.of(slo, total, bad, points).forEach(scenario::withInput);
        return scenario.at(eval);
    }
}
