package dev.obsgen.core.check.promql;

import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.promql.ExperimentalFeature;

/** Experimental PromQL parses only on a server started with the matching feature flag; elsewhere the rule fails. */
public final class Experimental implements QueryCheck {
    @Override
    public String id() {
        return "promql/experimental";
    }

    @Override
    public String summary() {
        return "Experimental PromQL (functions, duration arithmetic, anchored/smoothed) is flagged: the server needs a feature flag.";
    }

    @Override
    public String example() {
        return "sort_by_label(up, \"job\"), foo[5m+1m], rate(foo[5m] anchored)";
    }

    @Override
    public String fix() {
        return "Use the stable equivalent, or run Prometheus with the feature flag the message names and suppress the finding with a reason.";
    }

    @Override
    public FindingSeverity severity() {
        return FindingSeverity.WARNING;
    }

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
