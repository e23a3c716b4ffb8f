package dev.obsgen.core.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.obsgen.promql.PromQL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Panel queries become plain PromQL before they are parsed; with a 30s scrape interval: */
class GrafanaVariablesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "rate(x_total[$__rate_interval]) | rate(x_total[120s])",
        "rate(x_total[${__rate_interval}]) | rate(x_total[120s])",
        "increase(x_total[$__range]) | increase(x_total[1d])",
        "avg_over_time(x[$__interval]) | avg_over_time(x[30s])",
        "sum(x{flow_name=~\"$flow\"}) | sum(x{flow_name=~\".+\"})",
        "sum(x{flow_name=~\"${flow:regex}\"}) | sum(x{flow_name=~\".+\"})",
        "sum(x{flow_name=~\"[[flow]]\"}) | sum(x{flow_name=~\".+\"})",
        "rate(x_total[$interval]) | rate(x_total[30s])",
        "rate(x_total[ ${interval} ]) | rate(x_total[ 30s ])",
        "max_over_time(rate(x_total[5m])[1h:$step]) | max_over_time(rate(x_total[5m])[1h:30s])",
        "sum(x offset $shift) | sum(x offset 30s)",
        "sum(x{a=~\"$a\"}) / sum(y{b=\"[$b]\"}) | sum(x{a=~\".+\"}) / sum(y{b=\"[.+]\"})",
        "sum(x) | sum(x)"})
    void substitutesVariablesSoTheQueryParses(String panel, String promql) {
        String substituted = GrafanaVariables.substitute(panel, 30_000);
        assertEquals(promql, substituted);
        PromQL.parse(substituted);
    }

    @ParameterizedTest(name = "offset {1} of the substituted query comes from offset {2}")
    @CsvSource(delimiter = '|', value = {
        "sum(rate(x_total[$__rate_interval])) by | 25 | 37",
        "sum(rate(x_total[$__rate_interval])) by | 17 | 17",
        "sum(rate(x_total[$__rate_interval])) by | 19 | 17",
        "sum(x) | 4 | 4"})
    void mapsAnOffsetBackToThePanelQuery(String panel, int substituted, int original) {
        assertEquals(original, GrafanaVariables.originalOffset(panel, substituted, 30_000));
    }
}
