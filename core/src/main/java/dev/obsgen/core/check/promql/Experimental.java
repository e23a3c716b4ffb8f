package dev.obsgen.core.check.promql;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.promql.ExperimentalFeature;

/** Experimental PromQL parses only on a server started with the matching feature flag; elsewhere the rule fails. */
@CheckDefinition(
        id = "promql/experimental",
        severity = FindingSeverity.WARNING,
        summary = "Experimental PromQL (functions, duration arithmetic, anchored/smoothed) is flagged: the server needs a feature flag.",
        example = "sort_by_label(up, \"job\"), foo[5m+1m], rate(foo[5m] anchored)",
        fix = "Use the stable equivalent, or run Prometheus with the feature flag the message names and suppress the finding with a reason.")
public final class Experimental implements QueryCheck {
    private static String describe(ExperimentalFeature feature) {
        return switch (feature.kind()) {
            case FUNCTION -> "function " + feature.name() + "()";
            case AGGREGATION -> "aggregation " + feature.name();
            case DURATION_EXPRESSION -> "duration expression " + feature.name();
            case RANGE_SELECTOR_MODIFIER -> "range selector modifier " + feature.name();
            case FILL_MODIFIER -> "binary operator modifier " + feature.name();
        };
    }

    @Override
    public void check(QueryContext context, QueryFindings findings) {
        for (ExperimentalFeature feature : context.ast().experimentalFeatures()) {
            findings.report(feature.position(), describe(feature)
                    + " is experimental: Prometheus rejects it unless started with --enable-feature="
                    + feature.featureFlag());
        }
    }
}
