package dev.obsgen.core.render.docs;

import dev.obsgen.core.slo.SloWindows;
import dev.obsgen.model.Observability;
import dev.obsgen.model.slo.AvailabilitySli;
import dev.obsgen.model.slo.LatencySli;
import dev.obsgen.model.slo.RatioSli;
import dev.obsgen.model.slo.Slo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The catalog's rows of SLOs: what each measures, its promise, and the burn rates its two alerts fire at. */
final class SloCatalog {
    private SloCatalog() {
    }

    static List<Map<String, Object>> of(Observability model) {
        return model.slos().stream().map(SloCatalog::entry).toList();
    }

    private static Map<String, Object> entry(Slo slo) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", slo.id());
        entry.put("service", slo.service());
        entry.put("objective", slo.objective() + " %");
        entry.put("period", slo.period());
        entry.put("sli", sli(slo));
        entry.put("page", slo.alert() + "Page: " + SloWindows.page(slo));
        entry.put("ticket", slo.alert() + "Ticket: " + SloWindows.ticket(slo));
        entry.put("description", slo.description() == null ? "" : slo.description());
        return entry;
    }

    private static String sli(Slo slo) {
        if (slo.sli() instanceof RatioSli ratio) {
            return (ratio.counts() == RatioSli.Counts.BAD ? "bad " : "good ") + ratio.events() + " of "
                    + ratio.total();
        }
        if (slo.sli() instanceof LatencySli latency) {
            return latency.histogram() + " at most " + latency.threshold()
                    + (latency.matchers().isEmpty() ? "" : " {" + latency.matchers() + "}");
        }
        return "up of job " + ((AvailabilitySli) slo.sli()).job();
    }
}
