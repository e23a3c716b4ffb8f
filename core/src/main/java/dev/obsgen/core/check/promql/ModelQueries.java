package dev.obsgen.core.check.promql;

import dev.obsgen.core.check.Elements;
import dev.obsgen.core.check.PromDuration;
import dev.obsgen.core.dashboard.DashboardQuery;
import dev.obsgen.core.dashboard.DashboardShape;
import dev.obsgen.core.dashboard.ModelDashboards;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.RecordingRule;
import dev.obsgen.model.rule.RuleGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every PromQL expression of a model, as queries to check: alert and recording rule expressions, and the panel and
 * annotation queries of its dashboards with Grafana's variables substituted.
 */
public final class ModelQueries {
    private ModelQueries() {
    }

    public static List<Query> of(Observability model) {
        return of(model, ModelDashboards.of(model));
    }

    /** As {@link #of(Observability)}, with the model's dashboards in their shape made already, in model order. */
    public static List<Query> of(Observability model, List<DashboardShape> dashboards) {
        List<Query> queries = new ArrayList<>();
        long global = model.prometheus() == null ? -1 : PromDuration.millis(model.prometheus().evaluationInterval());
        for (RuleGroup group : model.ruleGroups()) {
            long interval = group.interval() == null ? global : PromDuration.millis(group.interval());
            Long evaluation = interval > 0 ? interval : null;
            for (AlertRule alert : group.alerts()) {
                Map<String, String> templates = new LinkedHashMap<>();
                putIfPresent(templates, QueryTemplates.annotationKey("summary"), alert.summary());
                putIfPresent(templates, QueryTemplates.annotationKey("description"), alert.description());
                putIfPresent(templates, QueryTemplates.annotationKey("runbook_url"),
                        model.runbooks().link(alert));
                alert.annotations().forEach((name, value) -> templates.put(QueryTemplates.annotationKey(name), value));
                alert.labels().forEach((name, value) -> templates.put(QueryTemplates.labelKey(name), value));
                Map<String, String> staticLabels = new LinkedHashMap<>(alert.labels());
                staticLabels.put(Severity.LABEL, alert.severity() == null ? "" : alert.severity().label());
                queries.add(new Query(Elements.alert(group, alert), alert.expr(), QueryKind.ALERT, alert.forDuration(),
                        alert.keepFiringFor(), templates, staticLabels, evaluation, alert.suppressions()));
            }
            for (RecordingRule rule : group.recordingRules()) {
                queries.add(new Query(Elements.recording(group, rule), rule.expr(), QueryKind.RECORDING, null, null,
                        Map.of(), rule.labels(), evaluation, rule.suppressions()));
            }
        }
        queries.addAll(dashboardQueries(model, dashboards));
        return queries;
    }

    /** The panel and annotation queries of the model's dashboards, from the one walk over them. */
    private static List<Query> dashboardQueries(Observability model, List<DashboardShape> shapes) {
        List<Query> queries = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            Dashboard dashboard = model.dashboards().get(i);
            for (DashboardQuery query : shapes.get(i).queries()) {
                queries.add(panelQuery(query.element(), query.expr(), dashboard));
            }
        }
        return queries;
    }

    private static Query panelQuery(String element, String expr, Dashboard dashboard) {
        return new Query(element, expr, QueryKind.PANEL, null, null, Map.of(), Map.of(), null,
                dashboard.suppressions());
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
