package dev.obsgen.core;

import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.metric.Unit;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.AlertScenario;
import dev.obsgen.model.rule.RecordingExample;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.rule.Series;
import java.util.Map;

/**
 * The sample model with alerts that share a name, as kube-prometheus writes them: {@code DiskSpaceLow} at a warning
 * and a critical threshold, both reading a recorded ratio from another group, and {@code DiskSpaceBurn} twice at
 * critical, told apart by a window label. The warning's firing scenario also crosses the critical threshold and the
 * critical's calm scenario is one the warning fires on, so the tests pass only if each rule is tested alone.
 */
public final class PairedAlertsModel {
    private PairedAlertsModel() {
    }

    public static Observability model() {
        return SampleModel.builder()
                .withMetric(Metric.gauge("disk_free_bytes").help("Free bytes on a mount.").unit(Unit.BYTES)
                        .withLabels("mount").job("api").build())
                .withMetric(Metric.gauge("disk_size_bytes").help("Size of a mount.").unit(Unit.BYTES)
                        .withLabels("mount").job("api").build())
                .withRuleGroup(RuleGroup.named("disk-recording")
                        .withRule(Rule.record("mount:disk_free:ratio")
                                .expr("disk_free_bytes / disk_size_bytes")
                                .help("The share of a mount that is free.")
                                .withExample(RecordingExample.named("a tenth free").at("5m")
                                        .withInput(disk("10x10"))
                                        .withInput(Series.of("disk_size_bytes").label("mount", "/data").values("100x10"))
                                        .withSample(0.1, "mount", "/data")))
                        .build())
                .withRuleGroup(RuleGroup.named("disk-alerts")
                        .withRule(spaceLow(Severity.WARNING, "0.2")
                                .withScenario(AlertScenario.fires("nearly full").at("15m")
                                        .withInput(disk("1x30")).withInput(size())
                                        .withAlert(Map.of("mount", "/data"),
                                                Map.of("description", "Mount /data has 1% free.")))
                                .withScenario(AlertScenario.calm("half free").at("15m")
                                        .withInput(disk("50x30")).withInput(size())))
                        .withRule(spaceLow(Severity.CRITICAL, "0.05")
                                .withScenario(AlertScenario.fires("nearly full").at("15m")
                                        .withInput(disk("1x30")).withInput(size())
                                        .withAlert(Map.of("mount", "/data"),
                                                Map.of("description", "Mount /data has 1% free.")))
                                .withScenario(AlertScenario.calm("a tenth free").at("15m")
                                        .withInput(disk("10x30")).withInput(size())))
                        .withRule(burn("1h", "disk_free_bytes < 5"))
                        .withRule(burn("6h", "disk_free_bytes < 2"))
                        .build())
                .build();
    }

    private static AlertRule.Builder spaceLow(Severity severity, String threshold) {
        return Rule.alert("DiskSpaceLow")
                .expr("mount:disk_free:ratio < " + threshold)
                .forDuration("5m")
                .severity(severity)
                .summary("A mount is filling up.")
                .description("Mount {{ $labels.mount }} has {{ $value | humanizePercentage }} free.")
                .runbook("disk-space-low");
    }

    private static AlertRule.Builder burn(String window, String expr) {
        return Rule.alert("DiskSpaceBurn")
                .expr(expr)
                .severity(Severity.CRITICAL)
                .label("window", window)
                .summary("Free space is almost gone.")
                .description("Almost no space is left.")
                .runbook("disk-space-low")
                .withScenario(AlertScenario.fires("empty").at("5m")
                        .withInput(disk("1x10"))
                        .withAlert("mount", "/data"))
                .withScenario(AlertScenario.calm("free").at("5m")
                        .withInput(disk("50x10")));
    }

    private static Series disk(String values) {
        return Series.of("disk_free_bytes").label("mount", "/data").values(values);
    }

    private static Series size() {
        return Series.of("disk_size_bytes").label("mount", "/data").values("100x30");
    }
}
