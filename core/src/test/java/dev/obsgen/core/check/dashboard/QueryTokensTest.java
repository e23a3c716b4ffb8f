package dev.obsgen.core.check.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the light PromQL scan takes for metric names, with the functions around them, and which rate ranges it sees. */
class QueryTokensTest {
    static Stream<Arguments> expressions() {
        return Stream.of(
                Arguments.of("sum by (le) (rate(x_bucket{job=\"a b\", le=~\"1|2\"}[$__rate_interval]))",
                        List.of("x_bucket[sum, rate]"), List.of("rate[$__rate_interval]")),
                Arguments.of("histogram_quantile(0.99, sum(irate(y_bucket[5m])) by (le))",
                        List.of("y_bucket[histogram_quantile, sum, irate]"), List.of("irate[5m]")),
                Arguments.of("a_total / on(job) group_left(instance) b offset 1h > bool 1e-3",
                        List.of("a_total[]", "b[]"), List.of()),
                Arguments.of("topk(10, sum without (pod) (increase(c_total{s=\"}\"}[$__range])))",
                        List.of("c_total[topk, sum, increase]"), List.of()),
                Arguments.of("max(job:requests:rate5m) and on() vector(1)",
                        List.of("job:requests:rate5m[max]"), List.of()),
                Arguments.of("count(up{job=~\"$job\"} == 0) or absent(up)",
                        List.of("up[count]", "up[absent]"), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expressions")
    void findsMetricNamesAndRateRanges(String expr, List<String> metrics, List<String> rates) {
        QueryTokens tokens = QueryTokens.scan(expr);
        assertEquals(metrics, tokens.metrics().stream()
                .map(t -> t.name() + t.enclosing().toString().replace(" ", "").replace(",", ", ")).toList());
        assertEquals(rates, tokens.rates().stream().map(r -> r.function() + "[" + r.range() + "]").toList());
    }
}
