package dev.obsgen.core.verify;

import java.util.List;

/** Every comparison of a model with a running server, in the order they run. */
public final class VerifyChecks {
    private VerifyChecks() {
    }

    public static List<VerifyCheck> all() {
        return List.of(
                new JobMissing(),
                new ScrapeIntervalDrift(),
                new TargetMissing(),
                new TargetUnexpected(),
                new TargetDown(),
                new MetricMissing(),
                new MetricUndeclared(),
                new MetricTypeDrift(),
                new MetricUnitDrift(),
                new LabelUndeclared(),
                new LabelMissing(),
                new LabelValueDrift(),
                new RuleMissing(),
                new RuleExpression());
    }
}
