package dev.obsgen.it.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The legend of a live series, as Grafana writes it from the target's legend format and the series' labels. */
class SeriesLegendTest {

    @ParameterizedTest(name = "{0} of {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            {{status}}                | status=failed                   | failed
            {{ status }}              | status=failed                   | failed
            {{step_name}} CPU         | step_name=train                 | train CPU
            {{flow_name}}/{{status}}  | flow_name=F,status=ok           | F/ok
            {{missing}} runs          | status=ok                       | ' runs'
            p95                       | le=0.5                          | p95
            {{le}}                    | le=+Inf                         | +Inf
            ''                        | status=ok,code=500              | '{status="ok", code="500"}'
            __auto                    | __name__=up,job=metadata        | 'up{job="metadata"}'
            NULL                      | __name__=up                     | up
            ''                        | ''                              | sum(rate(x[1m]))
            """)
    void legendFromFormatAndLabels(String format, String labels, String legend) {
        assertEquals(legend, SeriesLegend.of(format, parse(labels), "sum(rate(x[1m]))"));
    }

    private static Map<String, String> parse(String labels) {
        Map<String, String> parsed = new LinkedHashMap<>();
        if (labels != null && !labels.isEmpty()) {
            for (String pair : labels.split(",")) {
                parsed.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        return parsed;
    }
}
