package dev.obsgen.model.metric;

import dev.obsgen.model.Nullable;
import dev.obsgen.model.Values;
import java.util.List;

/** A value that goes up and down. */
public record Gauge(String name, String help, Unit unit, List<Label> labels, @Nullable String job, String designNote)
        implements Metric {
    public Gauge {
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
