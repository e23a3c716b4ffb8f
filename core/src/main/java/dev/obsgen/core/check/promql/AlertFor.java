package dev.obsgen.core.check.promql;

import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.PromDuration;

/**
 * A {@code for} (or {@code keep_firing_for}) shorter than the interval the group is evaluated at means the same as
 * one evaluation: the duration promises a wait that does not happen.
 */
public final class AlertFor implements QueryCheck {
    @Override
    public String id() {
        return "alert/for";
    }

    @Override
    public String summary() {
        return "An alert's for and keep_firing_for are zero or at least the evaluation interval.";
    }

    @Override
    public String example() {
        return "forDuration(\"10s\") in a group evaluated every 30s";
    }

    @Override
    public String fix() {
        return "Make for zero or at least the evaluation interval (30s).";
    }

    @Override
    public FindingSeverity severity() {
        return FindingSeverity.WARNING;
    }

    @Override
    public void check(QueryContext context, QueryFindings findings) {
        Query query = context.query();
        if (query.kind() != QueryKind.ALERT || query.evaluationIntervalMillis() == null) {
            return;
        }
        check("for", query.forDuration(), query.evaluationIntervalMillis(), findings);
        check("keep_firing_for", query.keepFiringFor(), query.evaluationIntervalMillis(), findings);
    }

    private static void check(String what, String duration, long interval, QueryFindings findings) {
        long millis = PromDuration.millis(duration);
        if (millis > 0 && millis < interval) {
            findings.report(null, what + " " + duration + " is shorter than the evaluation interval of " + interval / 1000
                    + "s, so it waits no longer than one evaluation; make it 0 or at least " + interval / 1000 + "s");
        }
    }
}
