package dev.obsgen.core.check.promql;

import dev.obsgen.core.check.Check;
import java.util.Arrays;

/**
 * A check of one parsed PromQL expression, run on every alert, recording rule and panel query of the kinds its
 * {@link dev.obsgen.core.check.CheckDefinition#queryKinds()} names.
 */
public interface QueryCheck extends Check {
    /** Whether the check needs metric types from a model or catalog; without one it stays quiet. */
    default boolean needsTypes() {
        return definition().needsTypes();
    }

    /** Whether the check reads the parsed expression; one that does not also runs where it does not parse. */
    default boolean needsExpression() {
        return definition().needsExpression();
    }

    /** Whether the check reads queries of {@code kind}; the runner hands it no others. */
    default boolean readsKind(QueryKind kind) {
        return Arrays.asList(definition().queryKinds()).contains(kind);
    }

    void check(QueryContext context, QueryFindings findings);
}
