package dev.obsgen.core.verify;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.model.scrape.ScrapeJob;

/**
 * The model's rate windows and alert durations are checked against its scrape interval; a server that scrapes
 * less often than that leaves rates with too few samples (an error), one that scrapes more often only costs (a
 * warning).
 */
@CheckDefinition(
        id = ScrapeIntervalDrift.ID,
        severity = FindingSeverity.ERROR,
        summary = "Each job is scraped at the interval the model sets (or the model's global interval).",
        example = "ScrapeJob.named(\"payments\").interval(\"15s\"); the server's job has scrape_interval: 1m",
        fix = "Deploy the generated prometheus.yml, or set the model's interval to what the server really uses.")
public final class ScrapeIntervalDrift implements VerifyCheck {
    public static final String ID = "verify/scrape-interval";

    @Override
    public void verify(VerifyContext context, VerifySink sink) {
        for (ScrapeJob job : context.model().jobs()) {
            String actual = context.server().jobIntervals().get(job.name());
            if (actual == null) {
                continue;
            }
            String declared = context.model().interval(job);
            long declaredMillis = VerifiedModel.millis(declared);
            long actualMillis = VerifiedModel.millis(actual);
            if (declaredMillis < 0 || actualMillis < 0 || declaredMillis == actualMillis) {
                continue;
            }
            boolean slower = actualMillis > declaredMillis;
            sink.add(slower ? FindingSeverity.ERROR : FindingSeverity.WARNING, job.name(), "", "",
                    "the server scrapes every " + actual + ", the model says every " + declared
                            + (slower ? ": rate windows and alert durations sized for " + declared
                            + " see fewer samples than the model's checks assumed" : ""));
        }
    }
}
