package dev.obsgen.it.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The answer to an instant query: a vector of samples, or a scalar as one sample without labels. */
public record QueryResult(String promql, JsonNode data) {
    public record Sample(Map<String, String> labels, double timestamp, double value) {
    }

    public String resultType() {
        return data.path("resultType").asText();
    }

    public List<Sample> samples() {
        List<Sample> samples = new ArrayList<>();
        if ("scalar".equals(resultType())) {
            samples.add(sample(Map.of(), data.path("result")));
            return samples;
        }
        for (JsonNode entry : data.path("result")) {
            samples.add(sample(labels(entry), entry.path("value")));
        }
        return samples;
    }

    private static Sample sample(Map<String, String> labels, JsonNode pair) {
        return new Sample(labels, pair.get(0).asDouble(), value(pair));
    }

    /** The label set of one series of a vector or a matrix, in the answer's order. */
    static Map<String, String> labels(JsonNode series) {
        Map<String, String> labels = new LinkedHashMap<>();
        series.path("metric").fields().forEachRemaining(f -> labels.put(f.getKey(), f.getValue().asText()));
        return labels;
    }

    /** The value of a {@code [time, "value"]} pair: Prometheus writes infinities as {@code +Inf} and {@code -Inf}. */
    static double value(JsonNode pair) {
        String text = pair.get(1).asText();
        return switch (text) {
            case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }
}
