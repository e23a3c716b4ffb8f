package dev.obsgen.it.stack;

import dev.obsgen.model.Observability;
import dev.obsgen.model.metric.Histogram;
import dev.obsgen.model.metric.Label;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.metric.MetricType;
import dev.obsgen.model.metric.Summary;
import dev.obsgen.model.scrape.ScrapeJob;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Stands in for the applications of a model: one HTTP endpoint per scrape job that serves every metric the model
 * declares for that job, with its declared labels, in the text exposition format 0.0.4. Each metric starts with one
 * calm series (gauges and counters at 0 that do not move, histograms with nothing observed) whose labels take their
 * first allowed value, or {@value #DEFAULT_LABEL_VALUE} when any value is allowed. Tests set values, make counters
 * grow, feed histograms, and stop and start endpoints to take targets down. Labels a metric does not declare, and
 * values an enumerated label does not allow, are refused, so the exporter exposes only what the model promises.
 */
public final class SyntheticExporter implements AutoCloseable {
    public static final String DEFAULT_LABEL_VALUE = "synthetic";

    private final long origin = System.nanoTime();
    private final Map<String, Metric> metrics = new LinkedHashMap<>();
    private final Map<String, Map<Map<String, String>, SeriesState>> series = new LinkedHashMap<>();
    private final Map<String, ExporterEndpoint> endpoints = new LinkedHashMap<>();

    private SyntheticExporter(Observability model) {
        for (Metric metric : model.metrics()) {
            metrics.put(metric.name(), metric);
            series.put(metric.name(), new LinkedHashMap<>());
            state(metric, Map.of());
        }
        for (ScrapeJob job : model.scrapeJobs()) {
            String path = job.metricsPath() == null ? "/metrics" : job.metricsPath();
            endpoints.put(job.name(), new ExporterEndpoint(job.name(), path, () -> exposition(job.name())));
        }
    }

    /** Starts one endpoint per scrape job of the model, each on a free loopback port. */
    public static SyntheticExporter start(Observability model) {
        SyntheticExporter exporter = new SyntheticExporter(model);
        exporter.endpoints.values().forEach(ExporterEndpoint::start);
        return exporter;
    }

    /** The {@code 127.0.0.1:port} Prometheus scrapes for the job. */
    public String target(String job) {
        return endpoint(job).target();
    }

    /** The loopback port of the job's endpoint. */
    public int port(String job) {
        String target = target(job);
        return Integer.parseInt(target.substring(target.lastIndexOf(':') + 1));
    }

    /** Takes the job's target down: its port refuses connections until {@link #start(String)}. */
    public void stop(String job) {
        endpoint(job).stop();
    }

    public void start(String job) {
        endpoint(job).start();
    }

    /** Sets a gauge, or a counter, to a value that stays until changed. */
    public void set(String metricName, Map<String, String> labels, double value) {
        scalar(metricName, labels).set(value, now());
    }

    /** Makes a counter (or gauge) move by {@code perSecond} from its current value on. */
    public void grow(String metricName, Map<String, String> labels, double perSecond) {
        scalar(metricName, labels).grow(perSecond, now());
    }

    /** Makes a histogram observe {@code value}, {@code perSecond} times a second, on top of what it observed so far. */
    public void observe(String histogramName, Map<String, String> labels, double value, double perSecond) {
        Metric metric = metric(histogramName);
        if (!(metric instanceof Histogram)) {
            throw new IllegalArgumentException(histogramName + " is a " + metric.type() + ", not a histogram");
        }
        ((SeriesState.HistogramCounts) state(metric, labels)).observe(value, perSecond, now());
    }

    /**
     * Makes every series the model allows move: for each metric, one series per combination of its enumerated
     * labels' values (the others at {@value #DEFAULT_LABEL_VALUE}); a counter grows, a gauge holds a value above 0,
     * a histogram observes a value within its buckets, the n-th combination of a metric at n times the first's pace.
     * Summaries keep their calm series. What a dashboard computes from them (ratios, quantiles) then has a value,
     * where calm series give NaN.
     */
    public void feedEveryAllowedSeries() {
        for (Metric metric : metrics.values()) {
            List<Map<String, String>> combinations = combinations(metric.labels().stream()
                    .filter(Label::isEnumerated).toList());
            for (int i = 0; i < combinations.size(); i++) {
                Map<String, String> labels = combinations.get(i);
                double pace = i + 1;
                if (metric instanceof Histogram histogram) {
                    List<Double> bounds = histogram.buckets();
                    // Just under a bound in the middle, so quantiles interpolate within a finite bucket.
                    double value = bounds.isEmpty() ? 1 : bounds.get(bounds.size() / 2) * 0.9;
                    observe(metric.name(), labels, value, pace);
                } else if (!(metric instanceof Summary)) {
                    if (metric.type() == MetricType.COUNTER) {
                        grow(metric.name(), labels, pace);
                    } else {
                        set(metric.name(), labels, pace);
                    }
                }
            }
        }
    }

    private static List<Map<String, String>> combinations(List<Label> enumerated) {
        List<Map<String, String>> combinations = new ArrayList<>();
        combinations.add(Map.of());
        for (Label label : enumerated) {
            List<Map<String, String>> longer = new ArrayList<>();
            for (Map<String, String> combination : combinations) {
                for (String value : label.values()) {
                    Map<String, String> extended = new LinkedHashMap<>(combination);
                    extended.put(label.name(), value);
                    longer.add(extended);
                }
            }
            combinations = longer;
        }
        return combinations;
    }

    /** The exposition the job's endpoint serves now. */
    public synchronized String exposition(String job) {
        double now = now();
        StringBuilder out = new StringBuilder();
        for (Metric metric : metrics.values()) {
            if (!job.equals(metric.job())) {
                continue;
            }
            out.append("# HELP ").append(metric.name()).append(' ').append(escapeHelp(metric.help())).append('\n');
            out.append("# TYPE ").append(metric.name()).append(' ').append(metric.type().name().toLowerCase(Locale.ROOT))
                    .append('\n');
            for (Map.Entry<Map<String, String>, SeriesState> entry : series.get(metric.name()).entrySet()) {
                appendSeries(out, metric, entry.getKey(), entry.getValue(), now);
            }
        }
        return out.toString();
    }

    @Override
    public void close() {
        endpoints.values().forEach(ExporterEndpoint::stop);
    }

    private static void appendSeries(StringBuilder out, Metric metric, Map<String, String> labels, SeriesState state,
                                     double now) {
        if (state instanceof SeriesState.HistogramCounts histogram) {
            for (int i = 0; i < histogram.bounds().size(); i++) {
                line(out, metric.name() + "_bucket", with(labels, "le", number(histogram.bounds().get(i))),
                        histogram.bucket(i, now));
            }
            line(out, metric.name() + "_bucket", with(labels, "le", "+Inf"), histogram.count(now));
            line(out, metric.name() + "_sum", labels, histogram.sum(now));
            line(out, metric.name() + "_count", labels, histogram.count(now));
        } else if (metric instanceof Summary summary) {
            for (double quantile : summary.quantiles()) {
                line(out, metric.name(), with(labels, "quantile", number(quantile)), 0);
            }
            line(out, metric.name() + "_sum", labels, 0);
            line(out, metric.name() + "_count", labels, 0);
        } else {
            line(out, metric.name(), labels, ((SeriesState.Scalar) state).at(now));
        }
    }

    private SeriesState.Scalar scalar(String metricName, Map<String, String> labels) {
        Metric metric = metric(metricName);
        SeriesState state = state(metric, labels);
        if (!(state instanceof SeriesState.Scalar scalar)) {
            throw new IllegalArgumentException(metricName + " is a " + metric.type() + ": feed it with observe(...)");
        }
        return scalar;
    }

    private synchronized SeriesState state(Metric metric, Map<String, String> labels) {
        return series.get(metric.name()).computeIfAbsent(complete(metric, labels), key ->
                metric instanceof Histogram histogram ? new SeriesState.HistogramCounts(histogram.buckets())
                        : new SeriesState.Scalar());
    }

    /** The declared labels in declared order, each given its value or the default. */
    private static Map<String, String> complete(Metric metric, Map<String, String> given) {
        for (String name : given.keySet()) {
            if (metric.label(name).isEmpty()) {
                throw new IllegalArgumentException(metric.name() + " declares no label '" + name + "'; it declares "
                        + metric.labels().stream().map(Label::name).toList());
            }
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (Label label : metric.labels()) {
            String value = given.get(label.name());
            if (value == null) {
                value = label.isEnumerated() ? label.values().get(0) : DEFAULT_LABEL_VALUE;
            } else if (label.isEnumerated() && !label.values().contains(value)) {
                throw new IllegalArgumentException(metric.name() + " label '" + label.name() + "' allows only "
                        + label.values() + ", not '" + value + "'");
            }
            labels.put(label.name(), value);
        }
        return labels;
    }

    private Metric metric(String name) {
        Metric metric = metrics.get(name);
        if (metric == null) {
            throw new IllegalArgumentException("the model declares no metric " + name);
        }
        return metric;
    }

    private ExporterEndpoint endpoint(String job) {
        return Objects.requireNonNull(endpoints.get(job), () -> "the model has no scrape job " + job);
    }

    private double now() {
        return (System.nanoTime() - origin) / 1e9;
    }

    private static Map<String, String> with(Map<String, String> labels, String name, String value) {
        Map<String, String> extended = new LinkedHashMap<>(labels);
        extended.put(name, value);
        return extended;
    }

    private static void line(StringBuilder out, String name, Map<String, String> labels, double value) {
        out.append(name);
        if (!labels.isEmpty()) {
            List<String> pairs = new ArrayList<>();
            labels.forEach((label, text) -> pairs.add(label + "=\"" + escapeLabel(text) + "\""));
            out.append('{').append(String.join(",", pairs)).append('}');
        }
        out.append(' ').append(number(value)).append('\n');
    }

    /** Prometheus' spelling of a float: integers without a fraction, and NaN and the infinities by name. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    private static String escapeLabel(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String escapeHelp(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
