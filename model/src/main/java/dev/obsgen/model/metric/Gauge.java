package dev.obsgen.model.metric;

import dev.obsgen.model.Values;
import java.util.List;
import java.util.Objects;

/** A value that goes up and down. */
public record Gauge(String name, String help, Unit unit, List<Label> labels, String job, String designNote) implements Metric {
    public Gauge {
        Objects.requireNonNull(name, "name");
        labels = Values.list(labels);
    }

    @Override
    public MetricType type() {
        return MetricType.GAUGE;
    }

    public static final class Builder extends MetricBuilder<Builder, Gauge> {
        Builder(String name) {
            super(name);
        }

        @Override
        public Gauge build() {
            return new Gauge(name, help, unit, labels, job, designNote);
        }
    }
}
