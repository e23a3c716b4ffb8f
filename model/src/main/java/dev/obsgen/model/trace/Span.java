package dev.obsgen.model.trace;

import dev.obsgen.model.Nullable;
import dev.obsgen.model.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A span the instrumented code starts: its name, the span it is started under ({@code null} for the root of the
 * trace), its kind and the attributes it carries. The spans of a model form one tree.
 */
public record Span(String name, @Nullable String parent, SpanKind kind, String description,
                   List<SpanAttribute> attributes) {
    public Span {
        description = description == null ? "" : description;
        attributes = Values.list(attributes);
    }

    public static Builder root(String name) {
        return new Builder(name, null);
    }

    public static Builder child(String name, String parent) {
        return new Builder(name, parent);
    }

    public Optional<String> parentName() {
        return Optional.ofNullable(parent);
    }

    public boolean isRoot() {
        return parent == null;
    }

    public static final class Builder {
        private final String name;
        private final String parent;
        private SpanKind kind = SpanKind.INTERNAL;
        private String description;
        private final List<SpanAttribute> attributes = new ArrayList<>();

        Builder(String name, String parent) {
            this.name = name;
            this.parent = parent;
        }

        public Builder kind(SpanKind value) {
            this.kind = value;
            return this;
        }

        public Builder description(String text) {
            this.description = text;
            return this;
        }

        public Builder withAttribute(SpanAttribute attribute) {
            attributes.add(attribute);
            return this;
        }

        public Builder withAttributes(SpanAttribute... values) {
            attributes.addAll(Values.of(values));
            return this;
        }

        public Span build() {
            return new Span(name, parent, kind, description, attributes);
        }
    }
}
