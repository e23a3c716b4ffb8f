package dev.obsgen.model.scrape;

import dev.obsgen.model.Values;
import java.util.List;
import java.util.Map;

/** A fixed list of {@code host:port} targets, with labels added to every series scraped from them. */
public record StaticDiscovery(List<String> targets, Map<String, String> labels) implements Discovery {
    public StaticDiscovery {
        targets = Values.list(targets);
        labels = Values.sorted(labels);
    }

    public static StaticDiscovery of(String... targets) {
        return new StaticDiscovery(Values.of(targets), Map.of());
    }
}
