package dev.obsgen.core.verify;

import java.util.List;
import java.util.Optional;

/**
 * The base units Prometheus names end with, to tell {@code x_seconds} and {@code x_milliseconds} (or
 * {@code x_seconds_bucket} and {@code x_milliseconds_bucket}) apart as one quantity in two units.
 */
final class UnitInName {
    private static final List<String> UNITS = List.of("nanoseconds", "microseconds", "milliseconds", "seconds",
            "minutes", "hours", "days", "bytes", "kilobytes", "megabytes", "gigabytes", "bits", "ratio", "percent",
            "celsius", "fahrenheit", "meters", "volts", "amperes", "joules", "grams", "hertz");
    private static final List<String> TAILS = List.of("_total", "_bucket", "_sum", "_count", "_created");

    private UnitInName() {
    }

    /** A name cut into its stem, its unit, and what follows the unit ({@code _total}, {@code _bucket}, ... or ""). */
    record Split(String stem, String unit, String tail) {
        /** The same name in another unit. */
        boolean sameQuantity(Split other) {
            return stem.equals(other.stem) && tail.equals(other.tail) && !unit.equals(other.unit);
        }
    }

    static Optional<Split> split(String name) {
        String tail = TAILS.stream().filter(name::endsWith).findFirst().orElse("");
        String base = name.substring(0, name.length() - tail.length());
        for (String unit : UNITS) {
            if (base.endsWith("_" + unit)) {
                return Optional.of(new Split(base.substring(0, base.length() - unit.length() - 1), unit, tail));
            }
        }
        return Optional.empty();
    }
}
