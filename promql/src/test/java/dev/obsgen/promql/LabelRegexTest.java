package dev.obsgen.promql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RE2 syntax in label matchers: anchored, dot matches newline, Java-only syntax refused. */
class LabelRegexTest {

    @ParameterizedTest(name = "[{index}] {0} ~ {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '~', textBlock = """
            5..; 500; true
            5..; 5000; false
            .*; ~~; true
            .+; ~~; false
            a|b; b; true
            (?P<x>a)b; ab; true
            [[:alpha:]]+; abc; true
            [[:^digit:]]; 1; false
            x{; x{; true
            a{2}; aa; true
            []a]; ]; true
            [a[]; [; true
            (?i)ABC; abc; true
            """)
    void matchesLikePrometheus(String regex, String value, boolean expected) {
        assertEquals(expected, LabelMatcher.of(MatchType.REGEX, "l", regex).matches(value));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"(", "a++", "a**", "(?=a)", "(?<=a)b", "(?!a)", "(a)\\1", "a{1001}", "[a", "(?>a)"})
    void rejectsWhatRe2Rejects(String regex) {
        assertThrows(ParseException.class, () -> PromQL.parse("foo{l=~\"" + regex.replace("\\", "\\\\") + "\"}"));
    }
}
