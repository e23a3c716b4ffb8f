package dev.obsgen.promql;

/**
 * A Prometheus duration with millisecond precision, written like {@code 1h30m} or {@code 4s180ms}.
 *
 * <p>Negative values occur only for offsets ({@code offset -5m}).
 */
public record Duration(long millis) implements Comparable<Duration> {

    private static final long MS = 1;
    private static final long SECOND = 1000 * MS;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    private static final long WEEK = 7 * DAY;
    private static final long YEAR = 365 * DAY;

    private static final long NANOS_PER_MILLI = 1_000_000L;

    public static Duration ofMillis(long millis) {
        return new Duration(millis);
    }

    public static Duration ofSeconds(long seconds) {
        return new Duration(Math.multiplyExact(seconds, SECOND));
    }

    /**
     * Parses the duration syntax of Prometheus: integer amounts with the units
     * {@code y w d h m s ms}, each unit at most once and from the largest to the smallest.
     *
     * @throws IllegalArgumentException with upstream's message if the text is not a duration
     */
    public static Duration parse(CharSequence text) {
        int length = text.length();
        if (length == 0) {
            throw new IllegalArgumentException("empty duration string");
        }
        if (length == 1 && text.charAt(0) == '0') {
            return new Duration(0);
        }
        // Upstream accumulates nanoseconds and rejects anything beyond a signed 64-bit count.
        long totalNanos = 0;
        int lastUnitRank = 0;
        int i = 0;
        while (i < length) {
            if (!isDigit(text.charAt(i))) {
                throw notADuration(text);
            }
            long amount = 0;
            int digitsStart = i;
            while (i < length && isDigit(text.charAt(i))) {
                int digit = text.charAt(i) - '0';
                if (amount > (Long.MAX_VALUE - digit) / 10) {
                    throw notADuration(text);
                }
                amount = amount * 10 + digit;
                i++;
            }
            if (i == digitsStart) {
                throw notADuration(text);
            }
            int unitStart = i;
            while (i < length && !isDigit(text.charAt(i))) {
                i++;
            }
            if (unitStart == i) {
                throw notADuration(text);
            }
            int unitLength = i - unitStart;
            char unit = text.charAt(unitStart);
            int rank;
            long unitMillis;
            if (unitLength == 2 && unit == 'm' && text.charAt(unitStart + 1) == 's') {
                rank = 7;
                unitMillis = MS;
            } else if (unitLength == 1) {
                switch (unit) {
                    case 'y' -> { rank = 1; unitMillis = YEAR; }
                    case 'w' -> { rank = 2; unitMillis = WEEK; }
                    case 'd' -> { rank = 3; unitMillis = DAY; }
                    case 'h' -> { rank = 4; unitMillis = HOUR; }
                    case 'm' -> { rank = 5; unitMillis = MINUTE; }
                    case 's' -> { rank = 6; unitMillis = SECOND; }
                    default -> throw unknownUnit(text, unitStart, i);
                }
            } else {
                throw unknownUnit(text, unitStart, i);
            }
            if (rank <= lastUnitRank) {
                throw notADuration(text);
            }
            lastUnitRank = rank;
            long unitNanos = unitMillis * NANOS_PER_MILLI;
            if (amount > Long.MAX_VALUE / unitNanos) {
                throw new IllegalArgumentException("duration out of range");
            }
            long nanos = amount * unitNanos;
            if (totalNanos > Long.MAX_VALUE - nanos) {
                throw new IllegalArgumentException("duration out of range");
            }
            totalNanos += nanos;
        }
        return new Duration(totalNanos / NANOS_PER_MILLI);
    }

    /** The duration of exactly that many seconds, if it is a whole number of milliseconds. */
    public static java.util.Optional<Duration> ofExactSeconds(double seconds) {
        if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
            return java.util.Optional.empty();
        }
        double millis = Math.rint(seconds * 1000);
        if (Math.abs(millis) >= 0x1p63 || millis / 1000.0 != seconds) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Duration((long) millis));
    }

    public double seconds() {
        return millis / 1000.0;
    }

    public boolean isNegative() {
        return millis < 0;
    }

    @Override
    public int compareTo(Duration other) {
        return Long.compare(millis, other.millis);
    }

    /** Prometheus' own rendering: {@code 90m} is {@code 1h30m}, years and weeks only when exact. */
    @Override
    public String toString() {
        if (millis == 0) {
            return "0s";
        }
        StringBuilder out = new StringBuilder();
        long rest = millis;
        if (rest < 0) {
            out.append('-');
            rest = -rest;
        }
        if (rest % YEAR == 0) {
            return out.append(rest / YEAR).append('y').toString();
        }
        if (rest % WEEK == 0) {
            return out.append(rest / WEEK).append('w').toString();
        }
        rest = appendUnit(out, rest, DAY, "d");
        rest = appendUnit(out, rest, HOUR, "h");
        rest = appendUnit(out, rest, MINUTE, "m");
        rest = appendUnit(out, rest, SECOND, "s");
        appendUnit(out, rest, MS, "ms");
        return out.toString();
    }

    private static long appendUnit(StringBuilder out, long rest, long unit, String suffix) {
        long amount = rest / unit;
        if (amount > 0) {
            out.append(amount).append(suffix);
        }
        return rest - amount * unit;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static IllegalArgumentException unknownUnit(CharSequence text, int from, int to) {
        return new IllegalArgumentException(
                "unknown unit \"" + text.subSequence(from, to) + "\" in duration \"" + text + "\"");
    }

    private static IllegalArgumentException notADuration(CharSequence text) {
        return new IllegalArgumentException("not a valid duration string: \"" + text + "\"");
    }
}
