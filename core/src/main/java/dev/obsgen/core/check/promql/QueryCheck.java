package dev.obsgen.core.check.promql;

import dev.obsgen.core.check.Check;
import dev.obsgen.core.check.CheckDefinition;

/** A check of one parsed PromQL expression, run on every alert, recording rule and panel query. */
public interface QueryCheck extends Check {
    /** Whether the check needs metric types from a model or catalog; without one it stays quiet. */
    default boolean needsTypes() {
        // A check not yet declared with @CheckDefinition has the annotation's defaults.
        return getClass().isAnnotationPresent(CheckDefinition.class) && definition().needsTypes();
    }

    /** Whether the check reads the parsed expression; one that does not also runs where it does not parse. */
    default boolean needsExpression() {
        return !getClass().isAnnotationPresent(CheckDefinition.class) || definition().needsExpression();
    }

    void check(QueryContext context, QueryFindings findings);
}
