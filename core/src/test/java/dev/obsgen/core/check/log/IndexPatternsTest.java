package dev.obsgen.core.check.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether two index patterns share an index name, and whether a name matches a pattern. */
class IndexPatternsTest {
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
        "metaflow-logs-*, logs-*-*, false",
        "logs-metaflow-*, logs-*-*, true",
        "*-logs, logs-*-*, true",
        "metaflow-*, metaflow-logs-*, true",
        "a*b, c*, false",
        "*, logs-*-*, true",
        "logs-x, logs-*-*, false",
        "logs-x-y, logs-*-*, true"})
    void overlap(String a, String b, boolean expected) {
        assertEquals(expected, IndexPatterns.overlap(a, b));
        assertEquals(expected, IndexPatterns.overlap(b, a));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource({
        "metaflow-logs-*, metaflow-logs-production, true",
        "metaflow-logs-*, metaflow-logs, false",
        "metaflow-logs-*, other-logs-production, false",
        "shop-*-logs, shop-eu-logs, true"})
    void matches(String pattern, String index, boolean expected) {
        assertEquals(expected, IndexPatterns.matches(pattern, index));
    }
}
