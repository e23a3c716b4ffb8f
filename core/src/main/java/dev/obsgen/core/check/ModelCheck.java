package dev.obsgen.core.check;

import dev.obsgen.model.Observability;

/** One check of the model, with a stable id, a one-line summary and a default severity; listed in {@link CheckRegistry}. */
public interface ModelCheck extends Check {
    /** Reports what this check finds in the model. */
    void check(Observability model, FindingSink findings);
}
