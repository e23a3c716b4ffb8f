package dev.obsgen.model.dashboard;

import dev.obsgen.model.metric.Unit;
import java.util.Optional;

/**
 * Unit ids from Grafana's list (the Foundation SDK's {@code units.jsonschema.json}): a panel shows values in one of
 * these, never in a free string Grafana would silently ignore.
 */
public enum GrafanaUnit {
    NONE("none"),
    SHORT("short"),
    SI_SHORT("sishort"),
    STRING("string"),
    PERCENT("percent"),
    PERCENT_UNIT("percentunit"),
    NANOSECONDS("ns"),
    MICROSECONDS("µs"),
    MILLISECONDS("ms"),
    SECONDS("s"),
    MINUTES("m"),
    HOURS("h"),
    DAYS("d"),
    DURATION_SECONDS("dtdurations"),
    BYTES("bytes"),
    DECIMAL_BYTES("decbytes"),
    BITS("bits"),
    BYTES_PER_SECOND("Bps"),
    BITS_PER_SECOND("bps"),
    COUNTS_PER_SECOND("cps"),
    OPS_PER_SECOND("ops"),
    REQUESTS_PER_SECOND("reqps"),
    READS_PER_SECOND("rps"),
    WRITES_PER_SECOND("wps"),
    IO_OPS_PER_SECOND("iops"),
    ERRORS_PER_SECOND("eps"),
    COUNTS_PER_MINUTE("cpm"),
    OPS_PER_MINUTE("opm"),
    REQUESTS_PER_MINUTE("reqpm"),
    ERRORS_PER_MINUTE("epm"),
    CELSIUS("celsius"),
    DATE_TIME_ISO("dateTimeAsIso"),
    DATE_TIME_FROM_NOW("dateTimeFromNow"),
    BOOL("bool"),
    CURRENCY_USD("currencyUSD");

    private final String id;

    GrafanaUnit(String id) {
        this.id = id;
    }

    /** The id Grafana stores in {@code fieldConfig.defaults.unit}. */
    public String id() {
        return id;
    }

    public static Optional<GrafanaUnit> fromId(String id) {
        for (GrafanaUnit unit : values()) {
            if (unit.id.equals(id)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }

    /** The unit a panel shows a metric of the given model unit in; none for none. */
    public static GrafanaUnit of(Unit unit) {
        if (unit == null) {
            return null;
        }
        return fromId(unit.grafanaUnit()).orElseThrow(() -> new IllegalStateException(
                "model unit " + unit + " maps to '" + unit.grafanaUnit() + "', which is not a GrafanaUnit"));
    }
}
