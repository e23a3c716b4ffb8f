package dev.obsgen.core.check.promql;

import dev.obsgen.core.check.Check;
import dev.obsgen.core.check.CheckInput;
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

    /**
     * A query check reads an expression wherever it comes from: a model, a rule file, a dashboard file. Without a
     * model's metric types, the checks that need them stay quiet ({@link #needsTypes()}).
     */
    @Override
    default boolean reads(CheckInput input) {
        return true;
    }

    /** Whether the check reads queries of {@code kind}; the runner hands it no others. */
    default boolean readsKind(QueryKind kind) {
        return Arrays.asList(definition().queryKinds()).contains(kind);
    }

    void check(QueryContext context, QueryFindings findings);
}
