package dev.obsgen.model.collection;

/**
 * Fluent Bit tailing the log files of the sources linked to it and shipping them to the search stores it links
 * to. Every record gets {@code environment} and {@code service} added. Offsets are kept in SQLite files under
 * {@code stateDirectory} and chunks are buffered on disk there too, so a restart neither re-reads nor loses lines;
 * {@code backlogLimit} bounds that buffer for each output.
 */
public record FluentBitAgent(String name, String description, String tagPrefix, String environment, String service,
                             LogParser parser, String stateDirectory, int flushSeconds, String memoryBufferLimit,
                             int refreshIntervalSeconds, int retryLimit, String backlogLimit) implements Agent {
    public FluentBitAgent {
        description = description == null ? "" : description;
    }

    public static Builder named(String name) {
        return new Builder(name);
    }

    public FluentBitAgent withParser(LogParser replacement) {
        return new FluentBitAgent(name, description, tagPrefix, environment, service, replacement, stateDirectory,
                flushSeconds, memoryBufferLimit, refreshIntervalSeconds, retryLimit, backlogLimit);
    }

    public String storagePath() {
        return stateDirectory + "/storage";
    }

    public String offsetsDatabase(String sourceName) {
        return stateDirectory + "/" + sourceName + ".db";
    }

    public static final class Builder {
        private final String name;
        private String description;
        private String tagPrefix;
        private String environment;
        private String service;
        private LogParser parser;
        private String stateDirectory = "/var/lib/fluent-bit";
        private int flushSeconds = 1;
        private String memoryBufferLimit = "50MB";
        private int refreshIntervalSeconds = 10;
        private int retryLimit = 5;
        private String backlogLimit = "1G";

        Builder(String name) {
            this.name = name;
        }

        public Builder description(String text) {
            this.description = text;
            return this;
        }

        public Builder tagPrefix(String value) {
            this.tagPrefix = value;
            return this;
        }

        /** The {@code environment} and {@code service} fields added to every record. */
        public Builder adds(String environmentValue, String serviceValue) {
            this.environment = environmentValue;
            this.service = serviceValue;
            return this;
        }

        public Builder parser(LogParser value) {
            this.parser = value;
            return this;
        }

        public Builder stateDirectory(String path) {
            this.stateDirectory = path;
            return this;
        }

        public Builder flushSeconds(int seconds) {
            this.flushSeconds = seconds;
            return this;
        }

        public Builder memoryBufferLimit(String size) {
            this.memoryBufferLimit = size;
            return this;
        }

        public Builder refreshIntervalSeconds(int seconds) {
            this.refreshIntervalSeconds = seconds;
            return this;
        }

        public Builder retryLimit(int retries) {
            this.retryLimit = retries;
            return this;
        }

        public Builder backlogLimit(String size) {
            this.backlogLimit = size;
            return this;
        }

        public FluentBitAgent build() {
            return new FluentBitAgent(name, description, tagPrefix, environment, service, parser, stateDirectory,
                    flushSeconds, memoryBufferLimit, refreshIntervalSeconds, retryLimit, backlogLimit);
        }
    }
}
