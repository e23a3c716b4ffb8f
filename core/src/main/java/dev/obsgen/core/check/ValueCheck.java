package dev.obsgen.core.check;

import dev.obsgen.model.Observability;
import java.util.function.Consumer;

/**
 * A model check that reads every value of the model ({@link ModelValues}). The registry walks the model once for
 * all the value checks that run together and hands each value to each of them: a walk by reflection over 10,000
 * alerts costs more than what any one of them does with a value.
 */
public interface ValueCheck extends CheckedModelCheck {
    /**
     * What the check does with each value of one walk, or of one part of a walk, reporting to {@code findings}. A
     * visitor is used on one thread and may remember what it has seen, such as a text it has looked at already.
     */
    Consumer<ModelValue> visitor(FindingSink findings);

    /** Reports what this check finds in the model besides its values, after the walk; nothing by default. */
    default void checkAfterValues(Observability model, FindingSink findings) {
    }

    @Override
    default void check(CheckedModel model, FindingSink findings) {
        ModelValues.walk(model, visitor(findings));
        checkAfterValues(model.model(), findings);
    }
}
