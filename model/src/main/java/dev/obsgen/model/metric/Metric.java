package dev.obsgen.model.metric;

import java.util.List;
import java.util.Optional;

/** A metric an application exposes, with the scrape job that collects it. */
public sealed interface Metric permits Counter, Gauge, Histogram, Summary {
    String name();

    String help();

    Unit unit();

    List<Label> labels();

    /** The name of the scrape job that collects this metric. */
    String job();

    /** What the design this model follows said differently, and why the model differs; empty when it agrees. */
    String designNote();

    MetricType type();

    default Optional<Label> label(String labelName) {
        return labels().stream().filter(l -> l.name().equals(labelName)).findFirst();
    }

    /** The series names this metric produces: a histogram's {@code _bucket}, {@code _sum} and {@code _count}, for instance. */
    default List<String> seriesNames() {
        return List.of(name());
    }

    static Counter.Builder counter(String name) {
        return new Counter.Builder(name);
    }

    static Gauge.Builder gauge(String name) {
        return new Gauge.Builder(name);
    }

    static Histogram.Builder histogram(String name) {
        return new Histogram.Builder(name);
    }

    static Summary.Builder summary(String name) {
        return new Summary.Builder(name);
    }
}
