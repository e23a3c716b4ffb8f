package dev.obsgen.model.collection;

import dev.obsgen.model.Values;
import java.util.List;

/**
 * A composable index template ({@code PUT _index_template/<name>}) whose mappings are derived from the log record
 * schema. With {@code dataStream} the index written to is a data stream, which needs create writes.
 */
public record IndexTemplate(String name, List<String> patterns, int priority, boolean dataStream, int shards,
                            int replicas) {
    public IndexTemplate {
        patterns = Values.list(patterns);
    }

    public static IndexTemplate dataStream(String name, String pattern, int priority) {
        return new IndexTemplate(name, Values.of(pattern), priority, true, 1, 1);
    }

    public static IndexTemplate indices(String name, String pattern, int priority) {
        return new IndexTemplate(name, Values.of(pattern), priority, false, 1, 1);
    }
}
