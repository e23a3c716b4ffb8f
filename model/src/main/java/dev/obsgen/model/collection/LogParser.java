package dev.obsgen.model.collection;

/**
 * The Fluent Bit JSON parser for the log record: which key holds the time, its strptime format ({@code %L} for
 * fractional seconds) and whether the original key is kept in the record after parsing.
 */
public record LogParser(String name, String timeKey, String timeFormat, boolean timeKeep) {
    public static LogParser json(String name, String timeKey, String timeFormat) {
        return new LogParser(name, timeKey, timeFormat, true);
    }

    public LogParser withTimeFormat(String replacement) {
        return new LogParser(name, timeKey, replacement, timeKeep);
    }
}
