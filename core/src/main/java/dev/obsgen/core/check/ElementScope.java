package dev.obsgen.core.check;

/**
 * The element a walk is inside, and the elements around it: a panel inside its dashboard, an alert inside its rule
 * group. Element names that mention their container ({@code alert 'X' in group 'g'}) read it from here.
 */
record ElementScope(Record record, int position, String name, ElementScope parent) {
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
