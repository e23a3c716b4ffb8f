package dev.obsgen.it.preview;

import dev.obsgen.core.dashboard.DashboardQuery;
import dev.obsgen.core.dashboard.ModelDashboards;
import dev.obsgen.core.dashboard.PanelShape;
import dev.obsgen.it.stack.PrometheusProcess;
import dev.obsgen.it.stack.RangeResult;
import dev.obsgen.model.dashboard.Dashboard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each panel of a dashboard shows over a stretch of the live stack's life: every query of the panel, with
 * Grafana's variables substituted as the checks substitute them, run as a range query against the live Prometheus.
 */
record LivePanelData(Dashboard dashboard, Map<Integer, Panel> panels) {
    /** The scrape interval {@code $__rate_interval} is derived from, as the live tests of panel queries take it. */
    static final long SCRAPE_MILLIS = 15_000;

    /** One panel's queries (by refId, in the panel's order) and the series each returned. */
    record Panel(PanelShape shape, Map<String, RangeResult> results) {
        /** Whether some query returned a series with a number in it. */
        boolean hasData() {
            return results.values().stream().flatMap(result -> result.series().stream())
                    .anyMatch(RangeResult.Series::hasFiniteValue);
        }

        String describe(Dashboard dashboard) {
            List<String> queries = new ArrayList<>();
            results.forEach((refId, result) -> queries.add(refId + ": " + result.promql().replace('\n', ' ')));
            return dashboard.uid() + " panel " + shape.id() + " '" + shape.title() + "' " + queries;
        }
    }

    /** Runs every panel query of the dashboard from {@code start} to {@code end} (Unix seconds) at {@code step}. */
    static LivePanelData query(PrometheusProcess prometheus, Dashboard dashboard, double start, double end,
                               double stepSeconds) {
        Map<Integer, Map<String, RangeResult>> results = new LinkedHashMap<>();
        Map<Integer, PanelShape> shapes = new LinkedHashMap<>();
        for (DashboardQuery query : ModelDashboards.of(dashboard, SCRAPE_MILLIS).queries()) {
            if (query.panel() == null) {
                continue;
            }
            shapes.put(query.panel().id(), query.panel());
            results.computeIfAbsent(query.panel().id(), id -> new LinkedHashMap<>()).put(query.target().refId(),
                    prometheus.queryRange(query.expr(), start, end, stepSeconds));
        }
        Map<Integer, Panel> panels = new LinkedHashMap<>();
        results.forEach((id, byRefId) -> panels.put(id, new Panel(shapes.get(id), byRefId)));
        return new LivePanelData(dashboard, panels);
    }

    /** The panels with queries none of which returned a number, described with their queries. */
    List<String> panelsWithoutData() {
        return panels.values().stream().filter(panel -> !panel.hasData()).map(panel -> panel.describe(dashboard))
                .toList();
    }
}
