package dev.obsgen.model.metric;

import dev.obsgen.model.Nullable;
import dev.obsgen.model.Values;
import java.util.ArrayList;
import java.util.List;

/** A classic histogram: cumulative {@code _bucket} series with an {@code le} label, plus {@code _sum} and {@code _count}. */
public record Histogram(String name, String help, Unit unit, List<Label> labels, @Nullable String job,
                        String designNote, List<Double> buckets) implements Metric {
    public Histogram {
        labels = Values.list(labels);
        buckets = Values.list(buckets);
    }

    @Override
    public MetricType type() {
        return MetricType.HISTOGRAM;
    }

    @Override
    public List<String> seriesNames() {
        return List.of(name + "_bucket", name + "_sum", name + "_count");
    }

    public static final class Builder extends MetricBuilder<Builder, Histogram> {
        private final List<Double> buckets = new ArrayList<>();

        Builder(String name) {
            super(name);
        }

        /** The upper bounds of the buckets; {@code +Inf} is implied. */
        public Builder buckets(double... upperBounds) {
            buckets.clear();
            if (upperBounds != null) {
                for (double bound : upperBounds) {
                    buckets.add(bound);
                }
            }
            return this;
        }

        @Override
        public Histogram build() {
            return new Histogram(name, help, unit, labels, job, designNote, buckets);
        }
    }
}
