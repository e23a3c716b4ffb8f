package dev.obsgen.core.render.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The numbers and text of a preview: one way to print each, on every machine. */
class SvgDocumentTest {
    static Stream<Arguments> numbers() {
        return Stream.of(
                Arguments.of(0.0, 3, "0"),
                Arguments.of(-0.0, 3, "0"),
                Arguments.of(1.0, 3, "1"),
                Arguments.of(0.95, 4, "0.95"),
                Arguments.of(0.999, 4, "0.999"),
                Arguments.of(123.456, 3, "123"),
                Arguments.of(1500.0, 4, "1500"),
                Arguments.of(12345.0, 3, "12300"),
                Arguments.of(-2.5, 3, "-2.5"),
                Arguments.of(0.001, 3, "0.001"),
                Arguments.of(0.00012345, 3, "1.23e-04"),
                Arguments.of(2.0e9, 3, "2e+09"),
                Arguments.of(1234567.0, 4, "1.235e+06"),
                Arguments.of(Double.NaN, 3, "NaN"),
                Arguments.of(Double.POSITIVE_INFINITY, 3, "+Inf"),
                Arguments.of(Double.NEGATIVE_INFINITY, 3, "-Inf"));
    }

    @ParameterizedTest(name = "{0} to {1} digits is {2}")
    @MethodSource("numbers")
    void numbersAreRoundedAndPrintedOneWay(double value, int digits, String printed) {
        assertEquals(printed, SvgDocument.number(value, digits));
    }

    static Stream<Arguments> coordinates() {
        return Stream.of(
                Arguments.of(0.0, "0"), Arguments.of(12.0, "12"), Arguments.of(12.5, "12.5"),
                Arguments.of(12.04, "12"), Arguments.of(12.06, "12.1"), Arguments.of(-0.04, "0"),
                Arguments.of(100.0, "100"), Arguments.of(1224.0, "1224"));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("coordinates")
    void coordinatesAreTenthsWithoutTrailingZeros(double value, String printed) {
        assertEquals(printed, SvgDocument.coordinate(value));
    }

    @ParameterizedTest
    @MethodSource("notFinite")
    void aCoordinateThatIsNotANumberIsRefused(double value) {
        assertThrows(IllegalArgumentException.class, () -> SvgDocument.coordinate(value));
    }

    static Stream<Double> notFinite() {
        return Stream.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    }

    static Stream<Arguments> escapes() {
        return Stream.of(
                Arguments.of("plain", "plain"),
                Arguments.of("a < b & c > d", "a &lt; b &amp; c &gt; d"),
                Arguments.of("\"quoted\" 'single'", "&quot;quoted&quot; &apos;single&apos;"),
                Arguments.of("two\nlines\tand\rtab", "two lines and tab"),
                Arguments.of("bell\u0007 nul\u0000", "bell nul"),
                Arguments.of("lone \uD800 surrogate", "lone  surrogate"),
                Arguments.of("pair \uD83D\uDE00 kept", "pair \uD83D\uDE00 kept"),
                Arguments.of("µs °C ▸", "µs °C ▸"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("escapes")
    void textIsEscapedForXml(String text, String escaped) {
        assertEquals(escaped, SvgDocument.escape(text));
    }
}
