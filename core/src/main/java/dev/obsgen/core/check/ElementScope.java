package dev.obsgen.core.check;

/**
 * The element a walk is inside, and the elements around it: a panel inside its dashboard, an alert inside its rule
 * group. Element names that mention their container ({@code alert 'X' in group 'g'}) read it from here. The name is
 * written when first asked for: a walk enters every element, a finding names few.
 */
final class ElementScope {
    private final Record record;
    private final int position;
    private final ElementScope parent;
    private final ElementNames.Namer namer;
    private final SharedNames shared;
    // A String is safe to hand between threads as it is; two threads that ask at once write the same name.
    private String name;

    ElementScope(Record record, int position, ElementScope parent, ElementNames.Namer namer, SharedNames shared) {
        this.record = record;
        this.position = position;
        this.parent = parent;
        this.namer = namer;
        this.shared = shared;
    }

    Record record() {
        return record;
    }

    int position() {
        return position;
    }

    String name() {
        String named = name;
        if (named == null) {
            named = namer.name(record, position, parent, shared);
            name = named;
        }
        return named;
    }

    /** The nearest element of the given type, this one included; null when there is none. */
    ElementScope nearest(Class<?> type) {
        for (ElementScope scope = this; scope != null; scope = scope.parent) {
            if (type.isInstance(scope.record)) {
                return scope;
            }
        }
        return null;
    }
}
