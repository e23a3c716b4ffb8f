package dev.obsgen.promql;

import java.util.Objects;

/** The {@code @} modifier: a fixed evaluation time, or the start or end of the query range. */
public record AtModifier(Kind kind, long timestampMillis) {

    public enum Kind {
        /** {@code @ 1609746000}: seconds since the epoch, kept with millisecond precision. */
        TIMESTAMP,
        /** {@code @ start()}. */
        START,
        /** {@code @ end()}. */
        END
    }

    public static final AtModifier START = new AtModifier(Kind.START, 0);
    public static final AtModifier END = new AtModifier(Kind.END, 0);

    public AtModifier {
        Objects.requireNonNull(kind);
        if (kind != Kind.TIMESTAMP && timestampMillis != 0) {
            throw new IllegalArgumentException("only @ <timestamp> carries a timestamp");
        }
    }

    public static AtModifier atMillis(long timestampMillis) {
        return new AtModifier(Kind.TIMESTAMP, timestampMillis);
    }

    /** The timestamp in seconds, as written after {@code @}. */
    public double timestampSeconds() {
        return timestampMillis / 1000.0;
    }
}
