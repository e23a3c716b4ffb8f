package dev.obsgen.it.stack;

import java.util.List;

/**
 * The value of one exposed series as a function of time, so that a counter a test makes grow keeps growing between
 * scrapes without a ticking thread. Changing how a series moves starts from its current value, so counters never reset.
 */
sealed interface SeriesState permits SeriesState.Scalar, SeriesState.HistogramCounts {

    /** A gauge or counter: {@code base + perSecond * (t - since)}. */
    final class Scalar implements SeriesState {
        private double base;
        private double perSecond;
        private double since;

        synchronized void set(double value, double now) {
            base = value;
            perSecond = 0;
            since = now;
        }

        synchronized void grow(double rate, double now) {
            base = at(now);
            perSecond = rate;
            since = now;
        }

        synchronized double at(double now) {
            return base + perSecond * (now - since);
        }
    }

    /**
     * A classic histogram observing one value at a steady rate. Its buckets, sum and count are cumulative, and a new
     * observation pattern adds to what was observed before.
     */
    final class HistogramCounts implements SeriesState {
        private final List<Double> bounds;
        private final double[] bucketBase;
        private double countBase;
        private double sumBase;
        private double value;
        private double perSecond;
        private double since;

        HistogramCounts(List<Double> bounds) {
            this.bounds = List.copyOf(bounds);
            this.bucketBase = new double[bounds.size()];
        }

        synchronized void observe(double observed, double rate, double now) {
            double added = added(now);
            for (int i = 0; i < bounds.size(); i++) {
                if (bounds.get(i) >= value) {
                    bucketBase[i] += added;
                }
            }
            countBase += added;
            sumBase += added * value;
            value = observed;
            perSecond = rate;
            since = now;
        }

        List<Double> bounds() {
            return bounds;
        }

        /** The cumulative count of bucket {@code index} (of {@link #bounds()}); {@code +Inf} is {@link #count}. */
        synchronized double bucket(int index, double now) {
            return bucketBase[index] + (bounds.get(index) >= value ? added(now) : 0);
        }

        synchronized double count(double now) {
            return countBase + added(now);
        }

        synchronized double sum(double now) {
            return sumBase + added(now) * value;
        }

        private double added(double now) {
            return perSecond * (now - since);
        }
    }
}
