package dev.obsgen.core.check.promql;

import dev.obsgen.core.check.Check;

/** A check of one parsed PromQL expression, run on every alert, recording rule and panel query. */
public interface QueryCheck extends Check {
    /** Whether the check needs metric types from a model or catalog; without one it stays quiet. */
    default boolean needsTypes() {
        return definition().needsTypes();
    }

    /** Whether the check reads the parsed expression; one that does not also runs where it does not parse. */
    default boolean needsExpression() {
        return definition().needsExpression();
    }

    void check(QueryContext context, QueryFindings findings);
}
