package dev.obsgen.model.rule;

import dev.obsgen.model.Values;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An input series of a rule test: a metric name, its labels, and values in promtool's expanding
 * notation ({@code "0+10x30"}, {@code "1x5 0x20"}, {@code "_"} for a missing sample, {@code "stale"}).
 */
public record Series(String metric, Map<String, String> labels, String values) {
    public Series {
        labels = Values.sorted(labels);
    }

    public static Builder of(String metric) {
        return new Builder(metric);
    }

    public static final class Builder {
        private final String metric;
        private final Map<String, String> labels = new LinkedHashMap<>();

        Builder(String metric) {
            this.metric = metric;
        }

        public Builder label(String name, String value) {
            labels.put(name, value);
            return this;
        }

        public Series values(String expandingNotation) {
            return new Series(metric, labels, expandingNotation);
        }
    }
}
