package dev.obsgen.model.collection;

import dev.obsgen.model.Values;
import java.util.Map;
import java.util.SortedMap;

/** A Collector processor; its id is {@code type} or {@code type/name}, as pipelines reference it. */
public sealed interface CollectorProcessor {
    String id();

    /** Refuses data before the Collector runs out of memory; it must come first in every pipeline. */
    record MemoryLimiter(String id, String checkInterval, int limitMib, int spikeLimitMib) implements CollectorProcessor {
    }

    /** Sends data on when {@code sendBatchSize} items are waiting or {@code timeout} has passed. */
    record Batch(String id, String timeout, int sendBatchSize) implements CollectorProcessor {
    }

    /** Sets resource attributes (upsert) on everything passing through. */
    record Resource(String id, SortedMap<String, String> upserts) implements CollectorProcessor {
        public Resource {
            upserts = Values.sorted(upserts);
        }

        public static Resource upserting(Map<String, String> attributes) {
            return new Resource("resource", Values.sorted(attributes));
        }
    }
}
