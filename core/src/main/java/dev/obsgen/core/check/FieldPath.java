package dev.obsgen.core.check;

/**
 * Where a value sits inside its element, innermost step last: a record component, an item of a list or an entry of
 * a map. It is rendered only when a finding needs it ({@code annotation 'runbook_url'}, {@code expr of target #2}),
 * so a walk over a large model allocates one small node per value and no text.
 */
final class FieldPath {
    private enum Step { COMPONENT, ITEM, ENTRY }

    private final FieldPath parent;
    private final Step step;
    private final String name;
    private final int position;
    private final Object key;

    private FieldPath(FieldPath parent, Step step, String name, int position, Object key) {
        this.parent = parent;
        this.step = step;
        this.name = name;
        this.position = position;
        this.key = key;
    }

    /** The component {@code name} of the record at {@code parent}, which is null for the element itself. */
    static FieldPath component(FieldPath parent, String name) {
        return new FieldPath(parent, Step.COMPONENT, name, 0, null);
    }

    /** Item {@code position} (from 1) of the list at {@code container}: {@code target #2} for {@code targets}. */
    static FieldPath item(FieldPath container, int position) {
        if (container != null && container.step == Step.COMPONENT) {
            return new FieldPath(container.parent, Step.ITEM, singular(container.name), position, null);
        }
        return new FieldPath(container, Step.ITEM, "item", position, null);
    }

    /** The entry of {@code key} in the map at {@code container}: {@code annotation 'x'} in {@code annotations}. */
    static FieldPath entry(FieldPath container, Object key) {
        if (container != null && container.step == Step.COMPONENT) {
            return new FieldPath(container.parent, Step.ENTRY, singular(container.name), 0, key);
        }
        return new FieldPath(container, Step.ENTRY, "entry", 0, key);
    }

    FieldPath parent() {
        return parent;
    }

    /** The component name or map key closest to the value, which says what the value is meant to be. */
    String innermostName() {
        return step == Step.ENTRY ? String.valueOf(key) : name;
    }

    /** Innermost first, as a sentence reads: {@code help of label #2}. */
    static String render(FieldPath path) {
        StringBuilder text = new StringBuilder();
        for (FieldPath p = path; p != null; p = p.parent) {
            if (!text.isEmpty()) {
                text.append(" of ");
            }
            text.append(p.name);
            if (p.step == Step.ITEM) {
                text.append(" #").append(p.position);
            } else if (p.step == Step.ENTRY) {
                text.append(" '").append(p.key).append('\'');
            }
        }
        return text.toString();
    }

    private static String singular(String plural) {
        if (plural.endsWith("ies")) {
            return plural.substring(0, plural.length() - 3) + "y";
        }
        if (plural.endsWith("s") && !plural.endsWith("ss")) {
            return plural.substring(0, plural.length() - 1);
        }
        return plural;
    }
}
