package dev.obsgen.core.check;

import java.util.Objects;

/**
 * A model element a finding is about, as {@link Elements} names it: its kind ({@code alert}, {@code recording rule},
 * {@code rule group}, {@code dashboard}), its name, and what tells it apart from others of that name ({@code  in
 * group 'g'}, with the labels of rules that share a name); the name is null in a model that lacks it.
 * {@link #toString()} is the text findings print.
 */
public record ElementRef(String kind, String name, String qualifier) {
    public ElementRef {
        Objects.requireNonNull(kind, "kind");
        qualifier = qualifier == null ? "" : qualifier;
    }

    public static ElementRef of(String kind, String name) {
        return new ElementRef(kind, name, "");
    }

    /** {@code kind 'name'} and the qualifier, such as {@code alert 'X' in group 'g'}. */
    @Override
    public String toString() {
        return kind + " '" + name + "'" + qualifier;
    }
}
