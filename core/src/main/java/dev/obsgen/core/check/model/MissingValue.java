package dev.obsgen.core.check.model;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelValue;
import dev.obsgen.core.check.ValueCheck;
import java.util.function.Consumer;
import dev.obsgen.model.Nullable;

/**
 * A null where the model needs a value: in a record component not marked {@link Nullable}, as an item of a list, or
 * as a key or value of a map. It runs before every other check, and generation stops when it finds one,
 * so no check or renderer ever reads a null it did not expect; the finding names the element and the field
 * instead of ending in a {@link NullPointerException} somewhere deep in a renderer.
 */
@CheckDefinition(
        id = "model/missing-value",
        severity = FindingSeverity.ERROR,
        summary = "No value the model needs is null; only fields the model marks @Nullable may be.",
        example = "Metric.gauge(\"queue_depth\").help(null)",
        fix = "Set the field the finding names, or leave the builder's default in place; remove a null list item.")
public final class MissingValue implements ValueCheck {
    @Override
    public Consumer<ModelValue> visitor(FindingSink findings) {
        return value -> {
            if (value.value() != null || !value.required()) {
                return;
            }
            if (value.place() == ModelValue.Place.KEY) {
                findings.report(value.element(), value.field() + " has a null key");
            } else {
                findings.report(value.element(), value.field() + " is null");
            }
        };
    }
}
