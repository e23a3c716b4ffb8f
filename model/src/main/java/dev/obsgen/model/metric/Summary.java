package dev.obsgen.model.metric;

import dev.obsgen.model.Nullable;
import dev.obsgen.model.Values;
import java.util.ArrayList;
import java.util.List;

/** A summary: client-side {@code quantile} series plus {@code _sum} and {@code _count}. */
public record Summary(String name, String help, Unit unit, List<Label> labels, @Nullable String job, String designNote,
                      List<Double> quantiles) implements Metric {
    public Summary {
        labels = Values.list(labels);
        quantiles = Values.list(quantiles);
    }

    @Override
    public MetricType type() {
        return MetricType.SUMMARY;
    }

    @Override
    public List<String> seriesNames() {
        return List.of(name, name + "_sum", name + "_count");
    }

    public static final class Builder extends MetricBuilder<Builder, Summary> {
        private final List<Double> quantiles = new ArrayList<>();

        Builder(String name) {
            super(name);
        }

        public Builder quantiles(double... values) {
            quantiles.clear();
            if (values != null) {
                for (double q : values) {
                    quantiles.add(q);
                }
            }
            return this;
        }

        @Override
        public Summary build() {
            return new Summary(name, help, unit, labels, job, designNote, quantiles);
        }
    }
}
