package dev.obsgen.core.check.alert;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.PromDuration;
import dev.obsgen.core.check.promql.Query;
import dev.obsgen.core.check.promql.QueryCheck;
import dev.obsgen.core.check.promql.QueryContext;
import dev.obsgen.core.check.promql.QueryFindings;
import dev.obsgen.core.check.promql.QueryKind;

/**
 * A {@code for} (or {@code keep_firing_for}) shorter than the interval the group is evaluated at means the same as
 * one evaluation: the duration promises a wait that does not happen.
 */
@CheckDefinition(
        id = "alert/for",
        severity = FindingSeverity.WARNING,
        summary = "An alert's for and keep_firing_for are zero or at least the evaluation interval.",
        example = "forDuration(\"10s\") in a group evaluated every 30s",
        fix = "Make for zero or at least the evaluation interval (30s).",
        queryKinds = QueryKind.ALERT)
public final class AlertFor implements QueryCheck {
    @Override
    public void check(QueryContext context, QueryFindings findings) {
        Query query = context.query();
        if (query.evaluationIntervalMillis() == null) {
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
