package dev.obsgen.core.check;

import dev.obsgen.model.EnvironmentVariable;
import dev.obsgen.model.Nullable;

/**
 * One value a walk over the model found: the value itself (possibly null), the element it belongs to, such as
 * {@code alert 'X' in group 'g'}, and the field within that element, such as {@code annotation 'runbook_url'}.
 * Element and field are rendered only when asked for.
 */
public final class ModelValue {
    /** How the value is held: as a record component, as an item of a list, or as a key or value of a map. */
    public enum Place { ROOT, COMPONENT, ITEM, KEY, VALUE }

    private final Object value;
    private final ElementScope element;
    private final FieldPath path;
    private final Place place;
    private final ModelComponent component;
    private final Record owner;

    ModelValue(Object value, ElementScope element, FieldPath path, Place place, ModelComponent component,
               Record owner) {
        this.value = value;
        this.element = element;
        this.path = path;
        this.place = place;
        this.component = component;
        this.owner = owner;
    }

    public Object value() {
        return value;
    }

    public Place place() {
        return place;
    }

    /** The record whose component holds the value, or holds the list or map it is in; null for the model itself. */
    public Record owner() {
        return owner;
    }

    /** The element, as findings name it: {@code panel 'Errors' of dashboard 'shop'}. */
    public String element() {
        return element.name();
    }

    /** The field in the element: {@code description}, {@code annotation 'runbook_url'}, {@code expr of target #1}. */
    public String field() {
        return FieldPath.render(path);
    }

    /** The component name or map key the value is under, which says what it is meant to hold; empty at the root. */
    public String name() {
        return path == null ? "" : path.innermostName();
    }

    /**
     * Whether a null here is a missing value: a null item, map key or map value always is, a null component unless
     * the model marks it {@link Nullable}.
     */
    public boolean required() {
        return place != Place.COMPONENT || !component.nullable();
    }

    /** Whether the value is the name of an environment variable written out as {@code ${NAME}}. */
    public boolean namesEnvironmentVariable() {
        return place == Place.COMPONENT && component.environmentVariable();
    }
}
