package dev.obsgen.model.metric;

import dev.obsgen.model.Nullable;
import dev.obsgen.model.Values;
import java.util.List;

/** A monotonically increasing count; queries must wrap it in {@code rate}, {@code increase} or {@code irate}. */
public record Counter(String name, String help, Unit unit, List<Label> labels, @Nullable String job, String designNote)
        implements Metric {
    public Counter {
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
