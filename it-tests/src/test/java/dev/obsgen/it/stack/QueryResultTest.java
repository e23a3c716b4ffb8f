package dev.obsgen.it.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values as Prometheus' HTTP API writes them, in instant and range answers alike. */
class QueryResultTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({"1.5, 1.5", "0, 0", "-2e-3, -0.002", "+Inf, Infinity", "-Inf, -Infinity", "NaN, NaN"})
    void aValueReadsAsPrometheusWritesIt(String written, double expected) throws Exception {
        QueryResult instant = new QueryResult("q", JSON.readTree(
                "{\"resultType\":\"vector\",\"result\":[{\"metric\":{\"le\":\"+Inf\"},\"value\":[10,\"" + written + "\"]}]}"));
        assertEquals(List.of(new QueryResult.Sample(Map.of("le", "+Inf"), 10, expected)), instant.samples());
        RangeResult range = new RangeResult("q", JSON.readTree(
                "{\"resultType\":\"matrix\",\"result\":[{\"metric\":{},\"values\":[[10,\"" + written + "\"]]}]}"));
        assertEquals(List.of(new RangeResult.Point(10, expected)), range.series().get(0).points());
    }
}
