package dev.obsgen.promql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Number, duration and string literals read the way Go's strconv and Prometheus read them. */
class LiteralTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            1                  | 1
            0xc                | 12
            0X1F               | 31
            0x1e5              | 485
            0xe                | 14
            0xef               | 239
            0755               | 493
            08                 | 8
            0789               | 789
            00                 | 0
            1_000              | 1000
            0x_1f              | 31
            .5                 | 0.5
            5.                 | 5
            123.4567           | 123.4567
            5e-3               | 0.005
            5E3                | 5000
            1_000.5            | 1000.5
            9223372036854775808 | 9.223372036854776E18
            1e-400             | 0
            Inf                | Infinity
            iNF                | Infinity
            NaN                | NaN
            nan                | NaN
            5m                 | 300
            1h30m              | 5400
            1m30ms             | 60.03
            4s180ms            | 4.18
            2y                 | 63072000
            """)
    void readsNumbers(String input, double expected) {
        Expr expr = PromQL.parse(input);
        assertEquals(expected, ((NumberLiteral) expr).value());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"0xce", "0xee", "1e", "1e+", "2.5.", "100..4", "0deadbeef", "1__0", "1_", "0x",
            "5mm", "5m1", "5y1hs", "1.5h", "5M", "999e999", ".", "1_e5"})
    void rejectsMalformedNumbers(String input) {
        assertThrows(ParseException.class, () -> PromQL.parse(input));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            "double-quoted \\" quote"            | double-quoted " quote
            'single-quoted \\' quote'            | single-quoted ' quote
            `raw \\n "string"`                   | raw \\n "string"
            "\\x41\\101\\u0042\\U00000043"       | AAB\u0043
            "\\xc3\\xa9"                         | é
            "☺"                                  | ☺
            """)
    void readsStrings(String input, String expected) {
        assertEquals(expected, ((StringLiteral) PromQL.parse(input)).value());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"\"\\c\"", "\"\\x.\"", "\"\\", "`\\``", "'\\\"'", "\"\\uD800\"", "\"\\U00110000\"",
            "\"\\400\"", "\"a\nb\"", "\"abc"})
    void rejectsMalformedStrings(String input) {
        assertThrows(ParseException.class, () -> PromQL.parse(input));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            0      | 0s
            1      | 1ms
            1000   | 1s
            90000  | 1m30s
            5400000 | 1h30m
            604800000 | 1w
            1209600000 | 2w
            31536000000 | 1y
            31622400000 | 366d
            -300000 | -5m
            4180   | 4s180ms
            """)
    void printsDurations(long millis, String expected) {
        assertEquals(expected, Duration.ofMillis(millis).toString());
        assertEquals(Math.abs(millis), Duration.parse(expected.replace("-", "")).millis());
    }
}
