package dev.obsgen.core.check.log;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * A strptime-style time format translated to a {@link DateTimeFormatter}, so a format written for an agent is
 * tried on real timestamps at build time. Fluent Bit writes fractional seconds as {@code %L}, the CloudWatch agent
 * as {@code %f}; without {@code %z} the time is read as UTC, as both agents do by default.
 */
public final class StrptimeFormat {
    public enum Dialect {
        FLUENT_BIT('L'), CLOUDWATCH('f');

        private final char fraction;

        Dialect(char fraction) {
            this.fraction = fraction;
        }
    }

    private final String format;
    private final DateTimeFormatter formatter;
    private final boolean zoned;

    private StrptimeFormat(String format, DateTimeFormatter formatter, boolean zoned) {
        this.format = format;
        this.formatter = formatter;
        this.zoned = zoned;
    }

    /** @throws IllegalArgumentException naming the directive the translation does not know */
    public static StrptimeFormat of(String format, Dialect dialect) {
        DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder().parseStrict().parseCaseSensitive();
        boolean zoned = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%') {
                builder.appendLiteral(c);
                continue;
            }
            if (i + 1 == format.length()) {
                throw new IllegalArgumentException("'" + format + "' ends in a lone %");
            }
            char directive = format.charAt(++i);
            if (directive == dialect.fraction) {
                builder.appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, false);
                continue;
            }
            switch (directive) {
                case 'Y' -> builder.appendValue(ChronoField.YEAR, 4);
                case 'y' -> builder.appendValueReduced(ChronoField.YEAR, 2, 2, 2000);
                case 'm' -> builder.appendValue(ChronoField.MONTH_OF_YEAR, 2);
                case 'd' -> builder.appendValue(ChronoField.DAY_OF_MONTH, 2);
                case 'H' -> builder.appendValue(ChronoField.HOUR_OF_DAY, 2);
                case 'M' -> builder.appendValue(ChronoField.MINUTE_OF_HOUR, 2);
                case 'S' -> builder.appendValue(ChronoField.SECOND_OF_MINUTE, 2);
                case 'j' -> builder.appendValue(ChronoField.DAY_OF_YEAR, 3);
                case 'b' -> builder.appendText(ChronoField.MONTH_OF_YEAR, TextStyle.SHORT);
                case 'z' -> {
                    builder.appendOffset("+HHMM", "+0000");
                    zoned = true;
                }
                case '%' -> builder.appendLiteral('%');
                default -> throw new IllegalArgumentException("'" + format + "' uses %" + directive
                        + ", which is not a " + dialect + " directive obsgen can try");
            }
        }
        DateTimeFormatter formatter = builder.toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT)
                .withChronology(IsoChronology.INSTANCE);
        return new StrptimeFormat(format, formatter, zoned);
    }

    public String format() {
        return format;
    }

    /** Reads the whole text as an instant. @throws DateTimeParseException when it does not fit */
    public Instant parse(String text) {
        TemporalAccessor parsed = formatter.parse(text);
        if (zoned) {
            return OffsetDateTime.from(parsed).toInstant();
        }
        return LocalDateTime.from(parsed).toInstant(ZoneOffset.UTC);
    }
}
