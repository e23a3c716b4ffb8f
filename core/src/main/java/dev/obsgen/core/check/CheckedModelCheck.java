package dev.obsgen.core.check;

import dev.obsgen.model.Observability;

/**
 * A model check that reads what a run of the checks shares (the model's rules, dashboards, shared names): it
 * implements only {@link #check(CheckedModel, FindingSink)}, and alone it reads a checked model of its own.
 */
public interface CheckedModelCheck extends ModelCheck {
    @Override
    default void check(Observability model, FindingSink findings) {
        check(CheckedModel.of(model), findings);
    }

    @Override
    void check(CheckedModel model, FindingSink findings);
}
