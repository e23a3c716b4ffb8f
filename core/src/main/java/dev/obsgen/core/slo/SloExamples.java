package dev.obsgen.core.slo;

import dev.obsgen.model.rule.RecordingExample;
import dev.obsgen.model.slo.RatioSli;
import dev.obsgen.model.slo.Slo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The example every recording rule of an SLO is tested with, derived from its numbers. The traffic is chosen so
 * that Prometheus computes every value exactly: samples five minutes apart make each 5-minute rate span exactly its
 * window (no extrapolation), rates are whole numbers, and the bad share is a power of two, so sums and ratios carry
 * no rounding. The expected values are then the SLO's arithmetic, done here with the same doubles.
 */
final class SloExamples {
    // 16384 events a second of which 256 are bad: a ratio of 2^-6. Availability: two targets, one down.
    private static final long TOTAL_RATE = 16384;
    private static final long BAD_RATE = 256;
    private static final String EVAL = "40m";

    private SloExamples() {
    }

    static RecordingExample of(Slo slo, String rule, String window) {
        boolean ratio = slo.sli() instanceof RatioSli;
        double total = ratio ? TOTAL_RATE : 2;
        double bad = ratio ? BAD_RATE : 1;
        double errorRatio = bad / total;
        double objective = Double.parseDouble(SloRules.number(slo.objective() / 100));
        double budget = 1 - objective;
        double value = switch (rule) {
            case SloRules.BAD -> bad;
            case SloRules.TOTAL -> total;
            case "slo:objective:ratio" -> objective;
            case "slo:error_budget:ratio" -> budget;
            case "slo:time_period:days" -> SloRules.periodHours(slo) / 24.0;
            case "slo:current_burn_rate:ratio", "slo:period_burn_rate:ratio" -> errorRatio / budget;
            case "slo:period_error_budget_remaining:ratio" -> 1 - errorRatio / budget;
            default -> errorRatio;
        };
        List<String> labels = new ArrayList<>();
        for (Map.Entry<String, String> label : SloRules.labels(slo).entrySet()) {
            labels.add(label.getKey());
            labels.add(label.getValue());
        }
        String sampleWindow = switch (rule) {
            case "slo:current_burn_rate:ratio" -> "5m";
            case "slo:period_burn_rate:ratio", "slo:period_error_budget_remaining:ratio" -> slo.period();
            default -> window;
        };
        if (sampleWindow != null) {
            labels.add("sloth_window");
            labels.add(sampleWindow);
        }
        RecordingExample.Builder example = RecordingExample.named(
                        ratio ? "1 event in 64 bad, 5-minute steps" : "one of two targets down")
                .interval("5m").at(EVAL)
                .withSample(value, labels.toArray(String[]::new));
        long steps = ratio ? 300 : 1;
        SloTraffic.of(slo, (long) total * steps, (long) bad * steps, 10).forEach(example::withInput);
        return example.build();
    }
}
