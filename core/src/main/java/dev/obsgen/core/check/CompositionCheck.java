package dev.obsgen.core.check;

import dev.obsgen.core.team.Composition;

/** A check of a platform and its teams together, such as two owners using one name; listed in {@link CheckRegistry}. */
public interface CompositionCheck extends Check {
    void check(Composition composition, FindingSink findings);
}
