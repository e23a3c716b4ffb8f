package dev.obsgen.model.collection;

/** Anything a link of the topology starts or ends at: a source, a collecting agent or a store. */
public sealed interface Node permits Source, Agent, Store {
    String name();

    String description();
}
