package dev.obsgen.core.check.promql;

/** Which series of a metric a name selects: a histogram has buckets, a sum and a count; a summary has quantiles too. */
public enum SeriesRole {
    VALUE, BUCKET, SUM, COUNT, QUANTILE;

    /** Whether the series only ever increases (between resets), so it must be read through a rate. */
    public boolean isCounterLike(dev.obsgen.model.metric.MetricType type) {
        return switch (this) {
            case BUCKET, SUM, COUNT -> true;
            case QUANTILE -> false;
            case VALUE -> type == dev.obsgen.model.metric.MetricType.COUNTER;
        };
    }
}
