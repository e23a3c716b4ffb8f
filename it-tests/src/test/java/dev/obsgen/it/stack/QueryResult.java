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
            Map<String, String> labels = new LinkedHashMap<>();
            entry.path("metric").fields().forEachRemaining(f -> labels.put(f.getKey(), f.getValue().asText()));
            samples.add(sample(labels, entry.path("value")));
        }
        return samples;
    }

    private static Sample sample(Map<String, String> labels, JsonNode pair) {
        return new Sample(labels, pair.get(0).asDouble(), Double.parseDouble(pair.get(1).asText()));
    }
}
