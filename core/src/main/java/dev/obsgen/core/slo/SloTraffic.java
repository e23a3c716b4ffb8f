package dev.obsgen.core.slo;

import dev.obsgen.model.rule.Series;
import dev.obsgen.model.slo.AvailabilitySli;
import dev.obsgen.model.slo.LatencySli;
import dev.obsgen.model.slo.RatioSli;
import dev.obsgen.model.slo.Slo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Input series for an SLO's derived tests: steady traffic in which a given share of events is bad. */
final class SloTraffic {
    private SloTraffic() {
    }

    /**
     * {@code points} values a step apart: {@code total} events a step, {@code bad} of them bad. An availability SLI
     * has one target per event of a step, {@code bad} of them down.
     */
    static List<Series> of(Slo slo, long total, long bad, int points) {
        return of(slo, total, bad, points, 0);
    }

    /** The same after {@code idle} steps without events, so no 5-minute window of events is cut by the start. */
    static List<Series> of(Slo slo, long total, long bad, int points, int idle) {
        List<Series> input = new ArrayList<>();
        if (slo.sli() instanceof RatioSli ratio) {
            long events = ratio.counts() == RatioSli.Counts.BAD ? bad : total - bad;
            SloSeries counted = series(ratio.events());
            SloSeries all = series(ratio.total());
            String narrower = counted.narrows(all);
            if (narrower == null) {
                input.add(counter(all, total, points, idle));
                input.add(counter(counted, events, points, idle));
            } else {
                // The counted events are among all events (errors_total{code="500"} of errors_total): the rest of
                // the total is a series of its own, which the counted selector does not select.
                Map<String, String> rest = new java.util.LinkedHashMap<>(counted.labels());
                rest.put(narrower, "other");
                input.add(counter(counted, events, points, idle));
                input.add(counter(new SloSeries(counted.metric(), rest), total - events, points, idle));
            }
            return input;
        }
        if (slo.sli() instanceof LatencySli latency) {
            SloSeries labels = SloSeries.of(latency.histogram() + "{" + latency.matchers() + "}").orElseThrow(
                    () -> new IllegalStateException("slo/definition lets only = matchers through: " + latency));
            input.add(counter(new SloSeries(latency.histogram() + "_count", labels.labels()), total, points, idle));
            Map<String, String> bucket = new java.util.LinkedHashMap<>(labels.labels());
            bucket.put("le", SloRules.bucket(latency.threshold()));
            input.add(counter(new SloSeries(latency.histogram() + "_bucket", bucket), total - bad, points, idle));
            return input;
        }
        AvailabilitySli up = (AvailabilitySli) slo.sli();
        for (long target = 0; target < total; target++) {
            input.add(Series.of("up").label("job", up.job()).label("instance", "target-" + target)
                    .values((target < bad ? "0" : "1") + "x" + points));
        }
        return input;
    }

    private static SloSeries series(String selector) {
        return SloSeries.of(selector).orElseThrow(() -> new IllegalStateException(
                "slo/definition lets only metric selectors with equality matchers through: " + selector));
    }

    private static Series counter(SloSeries series, long step, int points, int idle) {
        Series.Builder builder = Series.of(series.metric());
        for (Map.Entry<String, String> label : series.labels().entrySet()) {
            builder.label(label.getKey(), label.getValue());
        }
        return builder.values((idle > 0 ? "0x" + idle + " " : "") + "0+" + step + "x" + points);
    }
}
