package dev.obsgen.promql;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The parser must keep up with a million simple expressions a second on one core. Timing is too
 * noisy for every build, so this runs with {@code -Dobsgen.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "obsgen.benchmark", matches = "true")
class ParseThroughputTest {

    private static final String SIMPLE = "rate(http_requests_total{job=\"api\"}[5m]) > 0.1";

    @Test
    void parsesAMillionSimpleExpressionsPerSecond() {
        long checksum = 0;
        for (int i = 0; i < 3_000_000; i++) {
            checksum += PromQL.parse(SIMPLE).position().end();
        }
        double best = 0;
        for (int round = 0; round < 5; round++) {
            int count = 2_000_000;
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                checksum += PromQL.parse(SIMPLE).position().end();
            }
            best = Math.max(best, count / ((System.nanoTime() - start) / 1e9));
        }
        System.out.printf("promql throughput: %.0f expressions/s (checksum %d)%n", best, checksum);
        assertTrue(best >= 1_000_000, "throughput " + best + " below 1,000,000 expressions/s");
    }
}
