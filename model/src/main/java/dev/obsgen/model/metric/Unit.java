package dev.obsgen.model.metric;

import java.util.Optional;

/**
 * The base unit of a metric. Prometheus names carry the unit as a suffix ({@code _seconds}, {@code _bytes});
 * the Grafana unit id is the one a panel shows the metric in.
 */
public enum Unit {
    SECONDS("seconds", "s"),
    BYTES("bytes", "bytes"),
    RATIO("ratio", "percentunit"),
    PERCENT("percent", "percent"),
    CELSIUS("celsius", "celsius"),
    /** A plain count or a dimensionless number. */
    NONE(null, "short");

    private final String suffix;
    private final String grafanaUnit;

    Unit(String suffix, String grafanaUnit) {
        this.suffix = suffix;
        this.grafanaUnit = grafanaUnit;
    }

    /** The name suffix without its underscore, empty for {@link #NONE}. */
    public Optional<String> suffix() {
        return Optional.ofNullable(suffix);
    }

    public String grafanaUnit() {
        return grafanaUnit;
    }

    /** The unit a metric name announces by its suffix (ignoring a trailing {@code _total}), if any. */
    public static Optional<Unit> fromName(String metricName) {
        String base = metricName.endsWith("_total") ? metricName.substring(0, metricName.length() - 6) : metricName;
        for (Unit unit : values()) {
            if (unit.suffix != null && base.endsWith("_" + unit.suffix)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}
