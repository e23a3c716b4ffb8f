package dev.obsgen.core.verify;

import java.util.List;
import java.util.Optional;

/** The base units Prometheus names end with, to tell {@code x_seconds} and {@code x_milliseconds} as one quantity. */
final class UnitSuffix {
    private static final List<String> UNITS = List.of("nanoseconds", "microseconds", "milliseconds", "seconds",
            "minutes", "hours", "days", "bytes", "kilobytes", "megabytes", "gigabytes", "bits", "ratio", "percent",
            "celsius", "fahrenheit", "meters", "volts", "amperes", "joules", "grams", "hertz");

    private UnitSuffix() {
    }

    /** A name cut into its stem, its unit, and whether {@code _total} follows the unit. */
    record Split(String stem, String unit, boolean total) {
    }

    static Optional<Split> split(String name) {
        boolean total = name.endsWith("_total");
        String base = total ? name.substring(0, name.length() - "_total".length()) : name;
        for (String unit : UNITS) {
            if (base.endsWith("_" + unit)) {
                return Optional.of(new Split(base.substring(0, base.length() - unit.length() - 1), unit, total));
            }
        }
        return Optional.empty();
    }
}
