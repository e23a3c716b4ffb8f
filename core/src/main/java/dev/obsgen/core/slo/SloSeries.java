package dev.obsgen.core.slo;

import dev.obsgen.promql.Expr;
import dev.obsgen.promql.LabelMatcher;
import dev.obsgen.promql.MatchType;
import dev.obsgen.promql.ParseException;
import dev.obsgen.promql.PromQL;
import dev.obsgen.promql.VectorSelector;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A counter selector of an SLI read as the series a derived test feeds: its metric name and the labels its
 * equality matchers fix. A selector with any other matcher cannot be fed a series that is sure to match.
 */
record SloSeries(String metric, Map<String, String> labels) {
    /**
     * The label by which this selector narrows {@code wider} when every series it selects is one of wider's (same
     * metric, wider's matchers among its own); null when it does not.
     */
    String narrows(SloSeries wider) {
        if (!metric.equals(wider.metric) || !labels.entrySet().containsAll(wider.labels.entrySet())) {
            return null;
        }
        return labels.keySet().stream().filter(k -> !wider.labels.containsKey(k)).findFirst().orElse(null);
    }

    static Optional<SloSeries> of(String selector) {
        Expr expr;
        try {
            expr = PromQL.parse(selector);
        } catch (ParseException e) {
            return Optional.empty();
        }
        if (!(expr instanceof VectorSelector vector) || vector.metricName().isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (LabelMatcher matcher : vector.matchers()) {
            if (matcher.isMetricName()) {
                continue;
            }
            if (matcher.type() != MatchType.EQUAL) {
                return Optional.empty();
            }
            labels.put(matcher.name(), matcher.value());
        }
        return Optional.of(new SloSeries(vector.metricName().get(), labels));
    }
}
