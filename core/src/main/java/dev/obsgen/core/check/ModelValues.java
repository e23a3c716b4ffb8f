package dev.obsgen.core.check;

import dev.obsgen.core.check.ModelValue.Place;
import dev.obsgen.model.Observability;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every value of a model, found by a rule instead of a list of fields: from {@link Observability} down through
 * every record component, list item, map key and value, and the content of an {@link Optional}. A component added
 * to the model is walked without anyone remembering to. Enums are not entered; nulls are reported like any value.
 */
public final class ModelValues {
    // Models are trees a few levels deep; only a list or map that holds itself goes deeper, and would never end.
    private static final int MAX_DEPTH = 64;

    private final Consumer<ModelValue> visitor;
    private final SharedNames shared;

    private ModelValues(Consumer<ModelValue> visitor, SharedNames shared) {
        this.visitor = visitor;
        this.shared = shared;
    }

    /** Hands every value of the model to the visitor, in model order. */
    public static void walk(Observability model, Consumer<ModelValue> visitor) {
        walk(CheckedModel.of(model), visitor);
    }

    /** As {@link #walk(Observability, Consumer)}, naming rules with the shared names the run found already. */
    public static void walk(CheckedModel model, Consumer<ModelValue> visitor) {
        new ModelValues(visitor, model.sharedNames()).visit(model.model(), null, null, Place.ROOT, null, null, 0, 0);
    }

    /**
     * The walk cut into parts that may run at once: the model itself, then each of its components, a list of many
     * items (rule groups, dashboards) in runs of items. Run one after another, the parts hand the visitors the
     * values {@link #walk} hands, in the same order.
     */
    static List<Consumer<Consumer<ModelValue>>> parts(CheckedModel checked, int runsPerList) {
        Observability model = checked.model();
        SharedNames shared = checked.sharedNames();
        ElementScope root = ElementNames.scope(model, 0, null, shared);
        List<Consumer<Consumer<ModelValue>>> parts = new ArrayList<>();
        parts.add(visitor -> visitor.accept(new ModelValue(model, root, null, Place.ROOT, null, null)));
        for (ModelComponent part : ModelComponent.of(model.getClass())) {
            Object value = part.read(model);
            FieldPath path = FieldPath.component(null, part.name());
            if (!(value instanceof List<?> items) || items.size() < 2 * runsPerList) {
                parts.add(visitor -> new ModelValues(visitor, shared).visit(value, root, path, Place.COMPONENT, part,
                        model, 0, 1));
                continue;
            }
            parts.add(visitor -> visitor.accept(new ModelValue(items, root, path, Place.COMPONENT, part, model)));
            int run = (items.size() + runsPerList - 1) / runsPerList;
            for (int from = 0; from < items.size(); from += run) {
                int first = from;
                int end = Math.min(items.size(), from + run);
                parts.add(visitor -> {
                    ModelValues walk = new ModelValues(visitor, shared);
                    for (int index = first + 1; index <= end; index++) {
                        walk.visit(items.get(index - 1), root, FieldPath.item(path, index), Place.ITEM, part, model,
                                index, 2);
                    }
                });
            }
        }
        return parts;
    }

    private void visit(Object value, ElementScope scope, FieldPath path, Place place, ModelComponent component,
                       Record owner, int position, int depth) {
        ElementScope element = scope;
        FieldPath base = path;
        if (value instanceof Record record) {
            ElementScope named = ElementNames.scope(record, position, scope, shared);
            if (named != null) {
                element = named;
                base = null;
            } else if (component != null && component.unnamed()) {
                base = path.parent();
            }
        }
        // A record that is an element is named by its container, so a null list item reads "metric #3 is null".
        visitor.accept(new ModelValue(value, scope == null ? element : scope, path, place, component, owner));
        if (value == null || value instanceof Enum<?> || depth >= MAX_DEPTH) {
            return;
        }
        if (value instanceof Record record) {
            for (ModelComponent part : ModelComponent.of(record.getClass())) {
                visit(part.read(record), element, FieldPath.component(base, part.name()), Place.COMPONENT, part, record,
                        0, depth + 1);
            }
        } else if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                index++;
                visit(item, scope, FieldPath.item(path, index), Place.ITEM, component, owner, index, depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                visit(entry.getKey(), scope, path, Place.KEY, component, owner, 0, depth + 1);
                visit(entry.getValue(), scope, FieldPath.entry(path, entry.getKey()), Place.VALUE, component, owner, 0,
                        depth + 1);
            }
        } else if (value instanceof Optional<?> optional && optional.isPresent()) {
            visit(optional.get(), scope, path, place, component, owner, position, depth + 1);
        }
    }
}
