package dev.obsgen.model.metric;

import java.util.Locale;

/** The Prometheus metric types, named as the exposition format's {@code # TYPE} line names them. */
public enum MetricType {
    COUNTER, GAUGE, HISTOGRAM, SUMMARY;

    public String exposition() {
        return name().toLowerCase(Locale.ROOT);
    }
}
