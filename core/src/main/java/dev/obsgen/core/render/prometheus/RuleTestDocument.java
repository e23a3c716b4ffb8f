package dev.obsgen.core.render.prometheus;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** The shape of a {@code promtool test rules} file. */
@JsonPropertyOrder({"rule_files", "evaluation_interval", "tests"})
record RuleTestDocument(@JsonProperty("rule_files") List<String> ruleFiles,
                        @JsonProperty("evaluation_interval") String evaluationInterval,
                        List<TestGroup> tests) {

    @JsonPropertyOrder({"name", "interval", "input_series", "alert_rule_test", "promql_expr_test"})
    record TestGroup(String name, String interval,
                     @JsonProperty("input_series") List<InputSeries> inputSeries,
                     @JsonProperty("alert_rule_test") List<AlertTest> alertRuleTest,
                     @JsonProperty("promql_expr_test") List<ExprTest> promqlExprTest) {
    }

    @JsonPropertyOrder({"series", "values"})
    record InputSeries(String series, String values) {
    }

    @JsonPropertyOrder({"eval_time", "alertname", "exp_alerts"})
    record AlertTest(@JsonProperty("eval_time") String evalTime, String alertname,
                     @JsonInclude(JsonInclude.Include.ALWAYS) @JsonProperty("exp_alerts") List<ExpectedAlert> expAlerts) {
    }

    @JsonPropertyOrder({"exp_labels", "exp_annotations"})
    record ExpectedAlert(@JsonProperty("exp_labels") Map<String, String> expLabels,
                         @JsonProperty("exp_annotations") Map<String, String> expAnnotations) {
    }

    @JsonPropertyOrder({"expr", "eval_time", "exp_samples"})
    record ExprTest(String expr, @JsonProperty("eval_time") String evalTime,
                    @JsonProperty("exp_samples") List<Sample> expSamples) {
    }

    @JsonPropertyOrder({"labels", "value"})
    record Sample(String labels, double value) {
    }
}
