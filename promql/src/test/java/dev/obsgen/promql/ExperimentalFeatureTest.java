package dev.obsgen.promql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExperimentalFeatureTest {

    /** Each feature as {@code KIND name @ source text}; "-" for none. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            rate(foo[5m]) > 0.1                       | -
            foo offset -7m                            | -
            foo[5m:1m] offset 1h                      | -
            info(foo)                                 | FUNCTION info @ info(foo)
            sort_by_label(foo, "a")                   | FUNCTION sort_by_label @ sort_by_label(foo, "a")
            mad_over_time(foo[5m]) + step()           | FUNCTION mad_over_time @ mad_over_time(foo[5m]); FUNCTION step @ step()
            limitk(2, foo)                            | AGGREGATION limitk @ limitk(2, foo)
            foo[5m + 1m]                              | DURATION_EXPRESSION 5m + 1m @ 5m + 1m
            foo offset (1h * 2)                       | DURATION_EXPRESSION 1h * 2 @ (1h * 2)
            foo offset (5)                            | DURATION_EXPRESSION 5s @ (5)
            foo[step():max_of(range(), 1m)]           | DURATION_EXPRESSION step() @ step(); DURATION_EXPRESSION max_of(range(), 1m) @ max_of(range(), 1m)
            rate(foo[5m] anchored)                    | RANGE_SELECTOR_MODIFIER anchored @ foo[5m] anchored
            foo smoothed                              | RANGE_SELECTOR_MODIFIER smoothed @ foo smoothed
            a + fill(0) b                             | FILL_MODIFIER fill @ a + fill(0) b
            a + fill_left(0) fill_right(1) b          | FILL_MODIFIER fill_left @ a + fill_left(0) fill_right(1) b; FILL_MODIFIER fill_right @ a + fill_left(0) fill_right(1) b
            """)
    void reportsEveryUse(String input, String expected) {
        Expr expr = PromQL.parse(input);
        List<String> found = new ArrayList<>();
        for (ExperimentalFeature feature : expr.experimentalFeatures()) {
            found.add(feature.kind() + " " + feature.name() + " @ " + feature.position().textIn(input));
        }
        assertEquals(expected, found.isEmpty() ? "-" : String.join("; ", found));
    }

    @Test
    void namesTheFeatureFlag() {
        List<ExperimentalFeature> features = PromQL.experimentalFeatures(
                PromQL.parse("limit_ratio(0.5, rate(foo[step()] anchored)) + fill(0) info(bar)"));
        List<String> flags = new ArrayList<>();
        for (ExperimentalFeature feature : features) {
            flags.add(feature.featureFlag());
        }
        assertEquals(List.of("promql-binop-fill-modifiers", "promql-experimental-functions",
                "promql-duration-expr", "promql-extended-range-selectors", "promql-experimental-functions"), flags);
    }
}
