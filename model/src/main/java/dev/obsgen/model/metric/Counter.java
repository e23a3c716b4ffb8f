package dev.obsgen.model.metric;

import dev.obsgen.model.Values;
import java.util.List;
import java.util.Objects;

/** A monotonically increasing count; queries must wrap it in {@code rate}, {@code increase} or {@code irate}. */
public record Counter(String name, String help, Unit unit, List<Label> labels, String job, String designNote) implements Metric {
    public Counter {
        Objects.requireNonNull(name, "name");
        labels = Values.list(labels);
    }

    @Override
    public MetricType type() {
        return MetricType.COUNTER;
    }

    public static final class Builder extends MetricBuilder<Builder, Counter> {
        Builder(String name) {
            super(name);
        }

        @Override
        public Counter build() {
            return new Counter(name, help, unit, labels, job, designNote);
        }
    }
}
