package dev.obsgen.core.check.metric;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.Elements;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
import dev.obsgen.model.Observability;
import dev.obsgen.model.metric.Metric;

/** A metric nobody scrapes never reaches Prometheus, and every query over it returns nothing. */
@CheckDefinition(
        id = "metric/scrape-job",
        severity = FindingSeverity.ERROR,
        summary = "Every metric names the scrape job that collects it, and that job is declared.",
        example = "Metric.gauge(\"queue_depth\").job(\"api\") with no scrape job named api",
        fix = "Declare the scrape job, or name the job that collects the metric.")
public final class MetricScrapeJob implements ModelCheck {
    @Override
    public void check(Observability model, FindingSink findings) {
        for (Metric metric : model.metrics()) {
            if (metric.job() == null) {
                findings.report(Elements.metric(metric), "names no scrape job; set job(\"...\") to the job that collects it");
            } else if (model.scrapeJob(metric.job()).isEmpty()) {
                findings.report(Elements.metric(metric), "is collected by scrape job '" + metric.job()
                        + "', which is not declared");
            }
        }
    }
}
