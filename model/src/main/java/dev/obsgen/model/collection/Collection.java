package dev.obsgen.model.collection;

import dev.obsgen.model.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The collection topology of the architecture diagram: sources, the agents that collect from them, the stores
 * they deliver to, and the links between them.
 */
public record Collection(List<Source> sources, List<Agent> agents, List<Store> stores, List<Link> links) {
    public Collection {
        sources = Values.list(sources);
        agents = Values.list(agents);
        stores = Values.list(stores);
        links = Values.list(links);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<Node> node(String name) {
        return Stream.<Node>concat(Stream.concat(sources.stream(), agents.stream()), stores.stream())
                .filter(n -> n.name().equals(name)).findFirst();
    }

    public <T extends Agent> List<T> agents(Class<T> type) {
        return agents.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public <T extends Store> List<T> stores(Class<T> type) {
        return stores.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public <T extends Store> Optional<T> store(String name, Class<T> type) {
        return stores.stream().filter(s -> s.name().equals(name)).filter(type::isInstance).map(type::cast).findFirst();
    }

    /** The nodes {@code agent} delivers {@code signal} to, as stores of the given type. */
    public <T extends Store> List<T> storesFed(String agent, Signal signal, Class<T> type) {
        return links.stream().filter(l -> l.from().equals(agent) && l.signal() == signal)
                .map(l -> store(l.to(), type)).flatMap(Optional::stream).toList();
    }

    /** The names of the nodes that send {@code signal} to {@code agent}. */
    public List<String> sendersTo(String agent, Signal signal) {
        return links.stream().filter(l -> l.to().equals(agent) && l.signal() == signal).map(Link::from).toList();
    }

    /** A builder holding this topology: {@code with…} appends, the list setters replace. */
    public Builder toBuilder() {
        return new Builder().sources(sources).agents(agents).stores(stores).links(links);
    }

    public static final class Builder {
        private final List<Source> sources = new ArrayList<>();
        private final List<Agent> agents = new ArrayList<>();
        private final List<Store> stores = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();

        Builder() {
        }

        public Builder withSource(Source source) {
            sources.add(source);
            return this;
        }

        public Builder withAgent(Agent agent) {
            agents.add(agent);
            return this;
        }

        public Builder withAgent(FluentBitAgent.Builder agent) {
            return withAgent(agent == null ? null : agent.build());
        }

        public Builder withAgent(OtelCollector.Builder agent) {
            return withAgent(agent == null ? null : agent.build());
        }

        public Builder withStore(Store store) {
            stores.add(store);
            return this;
        }

        public Builder withStore(SearchStore.Builder store) {
            return withStore(store == null ? null : store.build());
        }

        public Builder withLink(String from, Signal signal, String to) {
            links.add(Link.of(from, signal, to));
            return this;
        }

        /** Replaces the sources declared so far. */
        public Builder sources(List<Source> values) {
            Values.replace(sources, values);
            return this;
        }

        /** Replaces the agents declared so far. */
        public Builder agents(List<Agent> values) {
            Values.replace(agents, values);
            return this;
        }

        /** Replaces the stores declared so far. */
        public Builder stores(List<Store> values) {
            Values.replace(stores, values);
            return this;
        }

        /** Replaces the links declared so far. */
        public Builder links(List<Link> values) {
            Values.replace(links, values);
            return this;
        }

        public Collection build() {
            return new Collection(sources, agents, stores, links);
        }
    }
}
