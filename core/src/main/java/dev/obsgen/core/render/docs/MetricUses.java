package dev.obsgen.core.render.docs;

import dev.obsgen.core.dashboard.DashboardQuery;
import dev.obsgen.core.dashboard.DashboardShape;
import dev.obsgen.core.dashboard.ModelDashboards;
import dev.obsgen.model.Observability;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.RecordingRule;
import dev.obsgen.promql.ExprWalker;
import dev.obsgen.promql.ParseException;
import dev.obsgen.promql.PromQL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where each metric is used: the alerts, recording rules and dashboard panels whose parsed expressions select one of
 * its series. Parsing, not text search, so a metric named inside another's name is not counted.
 */
final class MetricUses {
    private final Map<String, Set<String>> usersBySeries = new HashMap<>();
    // Dashboards repeat their queries (a panel per instance of a thing): each distinct text is parsed once.
    private final Map<String, List<String>> seriesByExpr = new HashMap<>();

    MetricUses(Observability model) {
        for (AlertRule alert : model.alerts()) {
            add(alert.expr(), "alert " + alert.name());
        }
        for (RecordingRule rule : model.recordingRules()) {
            add(rule.expr(), "rule " + rule.name());
        }
        for (DashboardShape dashboard : ModelDashboards.of(model)) {
            for (DashboardQuery query : dashboard.queries()) {
                if (query.panel() != null) {
                    add(query.expr(), "panel " + query.panel().title() + " (" + dashboard.uid() + ")");
                }
            }
        }
    }

    private void add(String expr, String user) {
        if (expr == null) {
            return;
        }
        for (String name : seriesByExpr.computeIfAbsent(expr, MetricUses::series)) {
            usersBySeries.computeIfAbsent(name, n -> new TreeSet<>()).add(user);
        }
    }

    private static List<String> series(String expr) {
        List<String> names = new ArrayList<>();
        try {
            ExprWalker.vectorSelectors(PromQL.parse(expr)).forEach(use -> use.node().metricName()
                    .ifPresent(names::add));
        } catch (ParseException e) {
            // The checks have already refused a model whose expressions do not parse.
        }
        return names;
    }

    TreeSet<String> of(Metric metric) {
        TreeSet<String> users = new TreeSet<>();
        for (String series : metric.seriesNames()) {
            users.addAll(usersBySeries.getOrDefault(series, Set.of()));
        }
        return users;
    }
}
