package dev.obsgen.core.render.fluentbit;

import java.util.List;
import java.util.Objects;

/**
 * One Fluent Bit configuration, independent of its syntax: the classic and the YAML file are both written from
 * it, so the two cannot say different things.
 */
public record FluentBitConfig(FluentBitSection service, List<FluentBitSection> inputs, List<FluentBitSection> filters,
                              List<FluentBitSection> outputs, List<FluentBitSection> parsers) {
    public FluentBitConfig {
        Objects.requireNonNull(service, "service");
        inputs = List.copyOf(inputs);
        filters = List.copyOf(filters);
        outputs = List.copyOf(outputs);
        parsers = List.copyOf(parsers);
    }
}
