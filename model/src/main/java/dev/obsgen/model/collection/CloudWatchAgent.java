package dev.obsgen.model.collection;

/**
 * The CloudWatch agent on the Batch workers: it ships the log files of the sources linked to it to the CloudWatch
 * Logs store it links to. {@code timestampFormat} uses the agent's strftime dialect ({@code %f} for fractional
 * seconds).
 */
public record CloudWatchAgent(String name, String description, String region, String timestampFormat,
                              String timezone, int forceFlushSeconds) implements Agent {
    public CloudWatchAgent {
        timezone = timezone == null ? "UTC" : timezone;
        description = description == null ? "" : description;
    }

    public CloudWatchAgent withTimestampFormat(String replacement) {
        return new CloudWatchAgent(name, description, region, replacement, timezone, forceFlushSeconds);
    }
}
