package dev.obsgen.it.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The answer to a range query: a matrix, one series per label set, each with its points in time order. Prometheus
 * answers a range query of a scalar expression with a matrix too (one series without labels).
 */
public record RangeResult(String promql, JsonNode data) {
    public record Point(double timestamp, double value) {
    }

    public record Series(Map<String, String> labels, List<Point> points) {
        /** Whether a point is a number: a ratio of nothing to nothing, or a quantile of no observations, is NaN. */
        public boolean hasFiniteValue() {
            return points.stream().anyMatch(p -> Double.isFinite(p.value()));
        }
    }

    public List<Series> series() {
        if (!"matrix".equals(data.path("resultType").asText())) {
            throw new IllegalStateException("a range query answers a matrix, not " + data.path("resultType").asText()
                    + ": " + promql);
        }
        List<Series> series = new ArrayList<>();
        for (JsonNode entry : data.path("result")) {
            List<Point> points = new ArrayList<>();
            for (JsonNode pair : entry.path("values")) {
                points.add(new Point(pair.get(0).asDouble(), QueryResult.value(pair)));
            }
            series.add(new Series(QueryResult.labels(entry), List.copyOf(points)));
        }
        return series;
    }
}
