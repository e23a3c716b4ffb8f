package dev.obsgen.model.collection;

import dev.obsgen.model.EnvironmentVariable;
import dev.obsgen.model.Nullable;

/**
 * An Elasticsearch or OpenSearch cluster that keeps logs. Host, port, user and password are names of environment
 * variables the agent reads at start, never values: generated files are committed.
 */
public record SearchStore(String name, String description, SearchEngine engine,
                          @EnvironmentVariable String hostVariable, @EnvironmentVariable String portVariable,
                          @EnvironmentVariable @Nullable String userVariable,
                          @EnvironmentVariable @Nullable String passwordVariable, @Nullable Tls tls, String index,
                          IndexTemplate template) implements Store {
    public SearchStore {
        description = description == null ? "" : description;
    }

    public static Builder named(String name, SearchEngine engine) {
        return new Builder(name, engine);
    }

    public SearchStore withIndex(String replacement) {
        return new SearchStore(name, description, engine, hostVariable, portVariable, userVariable, passwordVariable,
                tls, replacement, template);
    }

    public SearchStore withTemplate(IndexTemplate replacement) {
        return new SearchStore(name, description, engine, hostVariable, portVariable, userVariable, passwordVariable,
                tls, index, replacement);
    }

    public static final class Builder {
        private final String name;
        private final SearchEngine engine;
        private String description;
        private String hostVariable;
        private String portVariable;
        private String userVariable;
        private String passwordVariable;
        private Tls tls;
        private String index;
        private IndexTemplate template;

        Builder(String name, SearchEngine engine) {
            this.name = name;
            this.engine = engine;
        }

        public Builder description(String text) {
            this.description = text;
            return this;
        }

        public Builder endpoint(String hostVariable, String portVariable) {
            this.hostVariable = hostVariable;
            this.portVariable = portVariable;
            return this;
        }

        public Builder credentials(String userVariable, String passwordVariable) {
            this.userVariable = userVariable;
            this.passwordVariable = passwordVariable;
            return this;
        }

        public Builder tls(Tls value) {
            this.tls = value;
            return this;
        }

        public Builder index(String name) {
            this.index = name;
            return this;
        }

        public Builder template(IndexTemplate value) {
            this.template = value;
            return this;
        }

        public SearchStore build() {
            return new SearchStore(name, description, engine, hostVariable, portVariable, userVariable,
                    passwordVariable, tls, index, template);
        }
    }
}
