package dev.obsgen.core.slo;

import dev.obsgen.model.rule.RecordingExample;
import dev.obsgen.model.slo.RatioSli;
import dev.obsgen.model.slo.Slo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The example every recording rule of an SLO is tested with, derived from its numbers. The traffic is chosen so
 * that Prometheus computes every value exactly: each counter grows by 300 times a power of two a minute, so every
 * rate, extrapolated or not (by 1, 1.25 or 1.5 of its samples' span), is a whole or half number; and the bad share
 * is a power of two, so sums and ratios carry no rounding. The expected values are then the SLO's arithmetic, done
 * here with the same doubles. The counters stand still for six minutes first, so the windows the start cuts hold
 * no events at all. Samples a minute apart keep every recorded series present at every evaluation, so a
 * rule that reads another group's series sees it whichever group runs first.
 */
final class SloExamples {
    // 81920 events a second of which 1280 are bad: a ratio of 2^-6. Availability: two targets, one down.
    private static final long TOTAL_STEP = 300L << 14;
    private static final long BAD_STEP = 300L << 8;
    private static final String EVAL = "40m";

    private SloExamples() {
    }

    static RecordingExample of(Slo slo, String rule, String window) {
        boolean ratio = !(slo.sli() instanceof dev.obsgen.model.slo.AvailabilitySli);
        // Where the bad events are all events less the good ones, the good share is a half: x - x/2 is exact, while
        // a rate extrapolated over a window the start cuts may round the two terms apart.
        boolean subtracts = !(slo.sli() instanceof RatioSli r && r.counts() == RatioSli.Counts.BAD);
        long badStep = subtracts ? TOTAL_STEP / 2 : BAD_STEP;
        double total = ratio ? TOTAL_STEP / 60.0 : 2;
        double bad = ratio ? badStep / 60.0 : 1;
        double errorRatio = bad / total;
        double objective = SloRules.objectiveRatio(slo);
        double budget = 1 - objective;
        double value = switch (rule) {
            case SloRules.BAD -> bad;
            case SloRules.TOTAL -> total;
            case "slo:objective:ratio" -> objective;
            case "slo:error_budget:ratio" -> budget;
            case "slo:time_period:days" -> SloRules.periodHours(slo) / 24.0;
            case "slo:current_burn_rate:ratio", "slo:period_burn_rate:ratio" -> errorRatio / budget;
            case "slo:period_error_budget_remaining:ratio" -> 1 - errorRatio / budget;
            case "sloth_slo_info" -> 1;
            default -> errorRatio;
        };
        List<String> labels = new ArrayList<>();
        for (Map.Entry<String, String> label : SloRules.labels(slo).entrySet()) {
            labels.add(label.getKey());
            labels.add(label.getValue());
        }
        if (rule.equals("sloth_slo_info")) {
            labels.add("sloth_objective");
            labels.add(SloRules.number(slo.objective()));
        }
        String sampleWindow = switch (rule) {
            case "slo:current_burn_rate:ratio" -> "5m";
            case "slo:period_burn_rate:ratio", "slo:period_error_budget_remaining:ratio" -> SloRules.periodWindow(slo);
            default -> window;
        };
        if (sampleWindow != null) {
            labels.add("sloth_window");
            labels.add(sampleWindow);
        }
        RecordingExample.Builder example = RecordingExample.named(
                        !ratio ? "one of two targets down" : subtracts ? "half the events bad" : "1 event in 64 bad")
                .interval("1m").at(EVAL)
                .withSample(value, labels.toArray(String[]::new));
        SloTraffic.of(slo, ratio ? TOTAL_STEP : 2, ratio ? badStep : 1, 40, 6).forEach(example::withInput);
        return example.build();
    }
}
