package dev.obsgen.core.render.preview;

import dev.obsgen.model.dashboard.GrafanaUnit;

/** A value with its panel's unit as a reader of the preview reads it; a rounded stand-in for Grafana's formats. */
final class UnitText {
    private UnitText() {
    }

    static String of(double value, GrafanaUnit unit) {
        if (unit == null || Double.isNaN(value) || Double.isInfinite(value)) {
            return SvgDocument.number(value, 3);
        }
        return switch (unit) {
            case PERCENT -> SvgDocument.number(value, 3) + "%";
            case PERCENT_UNIT -> SvgDocument.number(value * 100, 3) + "%";
            case CURRENCY_USD -> "$" + SvgDocument.number(value, 3);
            case NONE, SHORT, SI_SHORT, STRING, BOOL, DATE_TIME_ISO, DATE_TIME_FROM_NOW ->
                    SvgDocument.number(value, 3);
            default -> SvgDocument.number(value, 3) + " " + suffix(unit);
        };
    }

    /** The unit as the panel's heading names it: Grafana's id, which is what a reviewer finds in the JSON. */
    static String name(GrafanaUnit unit) {
        return unit == null ? "" : unit.id();
    }

    private static String suffix(GrafanaUnit unit) {
        return switch (unit) {
            case DURATION_SECONDS -> "s";
            case BYTES, DECIMAL_BYTES -> "B";
            case BITS -> "b";
            case BYTES_PER_SECOND -> "B/s";
            case BITS_PER_SECOND -> "b/s";
            case COUNTS_PER_SECOND -> "c/s";
            case OPS_PER_SECOND -> "ops/s";
            case REQUESTS_PER_SECOND -> "req/s";
            case READS_PER_SECOND -> "rd/s";
            case WRITES_PER_SECOND -> "wr/s";
            case IO_OPS_PER_SECOND -> "io/s";
            case ERRORS_PER_SECOND -> "err/s";
            case COUNTS_PER_MINUTE -> "c/m";
            case OPS_PER_MINUTE -> "ops/m";
            case REQUESTS_PER_MINUTE -> "req/m";
            case ERRORS_PER_MINUTE -> "err/m";
            case CELSIUS -> "°C";
            default -> unit.id();
        };
    }
}
