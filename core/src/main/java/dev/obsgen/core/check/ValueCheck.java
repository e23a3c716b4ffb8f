package dev.obsgen.core.check;

import dev.obsgen.model.Observability;

/**
 * A model check that reads every value of the model ({@link ModelValues}). The registry walks the model once for
 * all the value checks that run together and hands each value to each of them: a walk by reflection over 10,000
 * alerts costs more than what any one of them does with a value.
 */
public interface ValueCheck extends ModelCheck {
    /** Reports what this check finds in one value. */
    void checkValue(ModelValue value, FindingSink findings);

    /** Reports what this check finds in the model besides its values, after the walk; nothing by default. */
    default void checkAfterValues(Observability model, FindingSink findings) {
    }

    @Override
    default void check(Observability model, FindingSink findings) {
        check(CheckedModel.of(model), findings);
    }

    @Override
    default void check(CheckedModel model, FindingSink findings) {
        ModelValues.walk(model, value -> checkValue(value, findings));
        checkAfterValues(model.model(), findings);
    }
}
