package dev.obsgen.core.check;

import dev.obsgen.model.Observability;

/** One check of the model, with a stable id, a one-line summary and a default severity; listed in {@link CheckRegistry}. */
public interface ModelCheck extends Check {
    /** Reports what this check finds in the model. */
    void check(Observability model, FindingSink findings);

    /**
     * Reports what this check finds in the model a run of the checks reads; a check that reads the model's rules,
     * dashboards or shared names takes them from it instead of making its own.
     */
    default void check(CheckedModel model, FindingSink findings) {
        check(model.model(), findings);
    }
}
