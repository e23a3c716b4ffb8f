package dev.obsgen.core.check.slo;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
import dev.obsgen.core.check.PromDuration;
import dev.obsgen.model.Observability;
import dev.obsgen.model.metric.Histogram;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.metric.MetricType;
import dev.obsgen.model.slo.AvailabilitySli;
import dev.obsgen.model.slo.LatencySli;
import dev.obsgen.model.slo.RatioSli;
import dev.obsgen.model.slo.Slo;
import dev.obsgen.promql.Expr;
import dev.obsgen.promql.LabelMatcher;
import dev.obsgen.promql.MatchType;
import dev.obsgen.promql.ParseException;
import dev.obsgen.promql.PromQL;
import dev.obsgen.promql.VectorSelector;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an SLO must be before it becomes rules: an objective strictly between 0 and 100 %, a period of whole hours
 * of at least a day, a name and service that can name rule groups, and an SLI over declared counters (selectors of
 * one metric with equality matchers, so that its derived tests can feed them) or a declared scrape job.
 */
@CheckDefinition(
        id = "slo/definition",
        severity = FindingSeverity.ERROR,
        summary = "An SLO has an objective between 0 and 100 %, a period of whole hours, slug names, and an SLI over "
                + "declared counters with equality matchers or a declared scrape job.",
        example = "Slo.named(\"api\").objective(100) or Sli.errors(\"http_requests{code=~\\\"5..\\\"}\", ...)",
        fix = "Give an objective such as 99.9, and select declared counters with = matchers only.")
public final class SloDefinition implements ModelCheck {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern ALERT = Pattern.compile("[A-Z][A-Za-z0-9]*");

    @Override
    public void check(Observability model, FindingSink findings) {
        Set<String> ids = new HashSet<>();
        for (Slo slo : model.slos()) {
            String element = "SLO '" + slo.name() + "' of service '" + slo.service() + "'";
            if (!SLUG.matcher(slo.name()).matches() || !SLUG.matcher(slo.service()).matches()) {
                findings.report(element, "needs a name and service of lowercase letters, digits and '-': they name "
                        + "its rule groups and the sloth_id label");
            }
            if (!ids.add(slo.id())) {
                findings.report(element, "is declared more than once");
            }
            if (!(slo.objective() > 0 && slo.objective() < 100)) {
                findings.report(element, "has the objective " + slo.objective() + " %; it must lie strictly between "
                        + "0 and 100 (99.9 means one event in a thousand may be bad)");
            }
            long millis = PromDuration.millis(slo.period());
            if (millis < 86_400_000L || millis % 3_600_000L != 0) {
                findings.report(element, "has the period '" + slo.period() + "'; give whole hours of a day or more, "
                        + "such as 30d, 28d or 7d");
            }
            if (slo.alert() == null || !ALERT.matcher(slo.alert()).matches()) {
                findings.report(element, "needs an alert name in CamelCase, such as MetadataApiErrorBudgetBurn");
            }
            if (slo.sli() instanceof RatioSli ratio) {
                counter(model, element, "events", ratio.events(), findings);
                counter(model, element, "total", ratio.total(), findings);
                if (ratio.events().replace(" ", "").equals(ratio.total().replace(" ", ""))) {
                    findings.report(element, "counts its events and all events with one selector, '" + ratio.total()
                            + "': the ratio is always 1 (or 0); narrow the events, as with code=\"500\"");
                }
                scrapeInterval(model, element, ratio.total(), findings);
            } else if (slo.sli() instanceof AvailabilitySli up) {
                if (model.scrapeJob(up.job()).isEmpty()) {
                    findings.report(element, "measures the up of scrape job '" + up.job() + "', which is not declared");
                }
            } else if (slo.sli() instanceof LatencySli latency) {
                latency(model, element, latency, findings);
            }
        }
    }

    // The 5-minute rates every window is built from need two scrapes in five minutes, and better four.
    private static void scrapeInterval(Observability model, String element, String selector, FindingSink findings) {
        metricOf(selector).flatMap(name -> model.metrics().stream()
                        .filter(m -> m.seriesNames().contains(name) || m.name().equals(name)).findFirst())
                .flatMap(metric -> metric.job() == null ? Optional.empty() : model.scrapeJob(metric.job()))
                .ifPresent(job -> {
                    String interval = job.interval() != null ? job.interval() : model.prometheus().scrapeInterval();
                    if (PromDuration.millis(interval) * 2 > 300_000L) {
                        findings.report(element, "reads a metric scraped every " + interval + " (job '" + job.name()
                                + "'); its 5-minute rates need a scrape every 2m30s at most");
                    }
                });
    }

    private static void latency(Observability model, String element, LatencySli latency, FindingSink findings) {
        Optional<Metric> declared = model.metric(latency.histogram());
        if (declared.isEmpty() || !(declared.get() instanceof Histogram histogram)) {
            findings.report(element, "measures latency with '" + latency.histogram() + "', which is not a declared "
                    + "histogram");
            return;
        }
        if (histogram.buckets().stream().noneMatch(b -> b == latency.threshold())) {
            findings.report(element, "has the threshold " + latency.threshold() + ", which is not a bucket boundary "
                    + "of " + latency.histogram() + " " + histogram.buckets() + "; between two boundaries it would "
                    + "measure the next one up");
        }
        if (metricOf(latency.histogram() + "{" + latency.matchers() + "}").isEmpty()) {
            findings.report(element, "narrows its histogram with '" + latency.matchers() + "', which are not = "
                    + "matchers only; its derived tests could not feed them");
        }
    }

    private static void counter(Observability model, String element, String side, String selector,
                                FindingSink findings) {
        Optional<String> metric = metricOf(selector);
        if (metric.isEmpty()) {
            findings.report(element, "has the " + side + " selector '" + selector + "', which is not one metric "
                    + "with = matchers only; its derived tests could not feed it");
            return;
        }
        Optional<Metric> declared = model.metrics().stream()
                .filter(m -> m.seriesNames().contains(metric.get()) || m.name().equals(metric.get())).findFirst();
        if (declared.isEmpty()) {
            findings.report(element, "has the " + side + " selector '" + selector + "', whose metric '" + metric.get()
                    + "' is not declared");
        } else if (declared.get().type() != MetricType.COUNTER) {
            findings.report(element, "has the " + side + " selector '" + selector + "', over a "
                    + declared.get().type().exposition() + "; an SLI counts events with counters");
        }
    }

    private static Optional<String> metricOf(String selector) {
        Expr expr;
        try {
            expr = PromQL.parse(selector);
        } catch (ParseException e) {
            return Optional.empty();
        }
        if (!(expr instanceof VectorSelector vector)) {
            return Optional.empty();
        }
        for (LabelMatcher matcher : vector.matchers()) {
            if (!matcher.isMetricName() && matcher.type() != MatchType.EQUAL) {
                return Optional.empty();
            }
        }
        return vector.metricName();
    }
}
