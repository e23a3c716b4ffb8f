package dev.obsgen.core.check.dashboard;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.CheckedModel;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.CheckedModelCheck;
import dev.obsgen.core.dashboard.DashboardElements;
import dev.obsgen.core.dashboard.DashboardShape;
import dev.obsgen.core.dashboard.VariableShape;
import dev.obsgen.model.Observability;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.rule.RecordingRule;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every metric a dashboard variable's {@code label_values(...)} reads is a series of a declared metric, a recorded
 * series, or one Prometheus writes itself ({@code up}, {@code ALERTS}, scrape metadata); a typo otherwise leaves
 * the variable's list empty. Panel queries are PromQL and go through the query checks
 * ({@code promql/unknown-metric} among them); a variable query is Grafana's own syntax.
 */
@CheckDefinition(
        id = "dashboard/unknown-metric",
        severity = FindingSeverity.ERROR,
        summary = "Dashboard variables (label_values) read only declared metrics and recorded series.",
        example = "label_values(http_requestz_total, path)",
        fix = "Name a declared metric in the variable query.")
public final class DashboardUnknownMetric implements CheckedModelCheck {
    private static final Set<String> BUILT_IN = Set.of("up", "ALERTS", "ALERTS_FOR_STATE", "scrape_duration_seconds",
            "scrape_samples_scraped", "scrape_samples_post_metric_relabeling", "scrape_series_added");
    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\(\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*[,{)]");

    @Override
    public void check(CheckedModel checked, FindingSink findings) {
        Observability model = checked.model();
        Set<String> known = new HashSet<>(BUILT_IN);
        for (Metric metric : model.metrics()) {
            known.addAll(metric.seriesNames());
        }
        for (RecordingRule rule : model.recordingRules()) {
            known.add(rule.name());
        }
        for (DashboardShape dashboard : checked.dashboards()) {
            for (VariableShape variable : dashboard.variables()) {
                Matcher m = LABEL_VALUES.matcher(variable.query());
                if (variable.isQuery() && m.find() && !known.contains(m.group(1))) {
                    findings.report(DashboardElements.variable(dashboard, variable), "metric " + m.group(1)
                            + " is not declared in the model (nor a recorded series)", variable.query());
                }
            }
        }
    }
}
