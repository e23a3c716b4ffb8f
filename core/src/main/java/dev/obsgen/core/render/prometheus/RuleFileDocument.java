package dev.obsgen.core.render.prometheus;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** The shape of a Prometheus rule file ({@code groups:}), also the {@code spec} of a PrometheusRule resource. */
record RuleFileDocument(List<Group> groups) {
    @JsonPropertyOrder({"name", "interval", "limit", "rules"})
    record Group(String name, String interval, Integer limit, List<Entry> rules) {
    }

    @JsonPropertyOrder({"record", "alert", "expr", "for", "keep_firing_for", "labels", "annotations"})
    record Entry(String record, String alert, String expr,
                 @JsonProperty("for") String forDuration,
                 @JsonProperty("keep_firing_for") String keepFiringFor,
                 Map<String, String> labels, Map<String, String> annotations) {
    }
}
