package dev.obsgen.model.collection;

/**
 * CloudWatch Logs: the log group files go to, the stream name pattern ({@code {instance_id}}, {@code {hostname}}
 * are filled in by the agent) and how long the group keeps events.
 */
public record CloudWatchLogsStore(String name, String description, String logGroup, String logStream,
                                  int retentionDays) implements Store {
    public CloudWatchLogsStore {
        description = description == null ? "" : description;
    }
}
