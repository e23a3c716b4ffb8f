package dev.obsgen.core.slo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.obsgen.core.SampleModel;
import dev.obsgen.model.Observability;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.RecordingRule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.slo.Sli;
import dev.obsgen.model.slo.Slo;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Sloth's getting-started SLO, declared in obsgen, against the rules Sloth documents for it: the same groups, the
 * same recorded names with the same sloth labels and windows, and alerts over the same window pairs with the same
 * thresholds, so dashboards and queries built for Sloth read obsgen's rules. Where obsgen differs on purpose (the
 * bad and total rates it records for exact long windows, a page and a ticket alert named apart) the catalog says why.
 */
class SlothCompatibilityTest {
    private static final Pattern THRESHOLD = Pattern.compile(
            "slo:sli_error:ratio_rate(\\w+)\\{[^}]*} > \\(([0-9.]+) \\* ([0-9.e-]+)\\)");

    @Test
    void theRulesOfSlothsGettingStartedSloHaveSlothsNamesWindowsAndThresholds() throws IOException {
        JsonNode sloth;
        try (InputStream in = getClass().getResourceAsStream("/sloth/getting-started.yml")) {
            sloth = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        Observability model = SampleModel.builder()
                .withMetric(Metric.counter("http_request_duration_seconds_count").help("Requests.")
                        .withLabels("code").job("api").build())
                .withSlo(Slo.named("requests-availability").service("myservice").objective(99.9)
                        .description("Common SLO based on availability for HTTP request responses.")
                        .sli(Sli.errors("http_request_duration_seconds_count{code=\"500\"}",
                                "http_request_duration_seconds_count"))
                        .label("owner", "myteam").label("repo", "myorg/myservice").label("tier", "2")
                        .label("cmd", "examplesgen.sh")
                        .alert("MyServiceHighErrorRate").runbook("myservice-error-budget"))
                .build();
        Observability expanded = SloRules.expand(model);

        Map<String, TreeSet<String>> slothRecords = new TreeMap<>();
        Map<String, TreeSet<String>> slothThresholds = new TreeMap<>();
        for (JsonNode group : sloth.path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                if (rule.has("record")) {
                    slothRecords.computeIfAbsent(group.path("name").asText(), g -> new TreeSet<>())
                            .add(rule.path("record").asText() + " " + labels(rule.path("labels")));
                } else {
                    slothThresholds.put(rule.path("labels").path("sloth_severity").asText(),
                            thresholds(rule.path("expr").asText()));
                }
            }
        }
        Map<String, TreeSet<String>> ours = new TreeMap<>();
        Map<String, TreeSet<String>> ourThresholds = new TreeMap<>();
        for (RuleGroup group : expanded.ruleGroups()) {
            if (!group.name().startsWith("sloth-")) {
                continue;
            }
            for (RecordingRule rule : group.recordingRules()) {
                Map<String, String> labels = new TreeMap<>(rule.labels());
                if (rule.name().equals("sloth_slo_info")) {
                    // Sloth's info series also names its mode, spec and version; obsgen's names the objective only.
                    labels.put("sloth_mode", "cli-gen-prom");
                    labels.put("sloth_spec", "prometheus/v1");
                    labels.put("sloth_version", "dev");
                }
                if (!rule.name().startsWith("slo:sli_bad_events") && !rule.name().startsWith("slo:sli_total_events")) {
                    ours.computeIfAbsent(group.name(), g -> new TreeSet<>()).add(rule.name() + " " + labels);
                }
            }
            for (AlertRule alert : group.alerts()) {
                ourThresholds.put(alert.labels().get("sloth_severity"), thresholds(alert.expr()));
            }
        }
        assertEquals(slothRecords, ours);
        assertEquals(slothThresholds, ourThresholds);
    }

    private static String labels(JsonNode labels) {
        Map<String, String> map = new TreeMap<>();
        labels.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return map.toString();
    }

    private static TreeSet<String> thresholds(String expr) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = THRESHOLD.matcher(expr);
        while (m.find()) {
            found.add(m.group(1) + " > " + m.group(2) + " * " + m.group(3));
        }
        return found;
    }
}
