package dev.obsgen.model.log;

/** The design's four log levels, most severe first. */
public enum LogLevel {
    ERROR("Unrecoverable failures"),
    WARN("Recoverable issues"),
    INFO("Normal operations"),
    DEBUG("Detailed debugging");

    private final String usage;

    LogLevel(String usage) {
        this.usage = usage;
    }

    public String usage() {
        return usage;
    }
}
