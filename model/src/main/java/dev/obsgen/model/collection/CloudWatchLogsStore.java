package dev.obsgen.model.collection;

import java.util.Objects;

/**
 * CloudWatch Logs: the log group files go to, the stream name pattern ({@code {instance_id}}, {@code {hostname}}
 * are filled in by the agent) and how long the group keeps events.
 */
public record CloudWatchLogsStore(String name, String description, String logGroup, String logStream,
                                  int retentionDays) implements Store {
    public CloudWatchLogsStore {
        Objects.requireNonNull(name, "store name");
        Objects.requireNonNull(logGroup, "log group of store " + name);
        Objects.requireNonNull(logStream, "log stream of store " + name);
        description = description == null ? "" : description;
    }
}
