package dev.obsgen.core.check.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.obsgen.core.CollectionSampleModel;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Real log lines in the design's format, read as Fluent Bit's JSON parser reads them: the timestamp key through
 * the parser's strptime format, translated to Java, must give the instant the line says.
 */
class TimeFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"timestamp\": \"2026-01-24T10:30:00.123Z\", \"level\": \"INFO\", \"logger\": \"metaflow.step_executor\", \"message\": \"Step completed successfully\", \"context\": {\"flow_name\": \"TrainingFlow\", \"run_id\": \"1706123456789\", \"step_name\": \"train\", \"task_id\": \"12345\", \"attempt\": 0, \"duration_seconds\": 120.5}, \"trace_id\": \"abc123def456\", \"span_id\": \"789xyz\"}|2026-01-24T10:30:00.123Z",
        "{\"timestamp\": \"2026-12-31T23:59:59.999Z\", \"level\": \"ERROR\", \"message\": \"Step failed\"}|2026-12-31T23:59:59.999Z",
        "{\"timestamp\": \"2026-02-28T00:00:00.5Z\", \"level\": \"WARN\", \"message\": \"Retrying step\"}|2026-02-28T00:00:00.500Z",
        "{\"timestamp\": \"2026-03-01T07:08:09.123456Z\", \"level\": \"DEBUG\", \"message\": \"x\"}|2026-03-01T07:08:09.123456Z"})
    void fluentBitsFormatReadsTheDesignsTimestamps(String line, String expected) throws Exception {
        JsonNode record = JSON.readTree(line);
        StrptimeFormat format = StrptimeFormat.of(CollectionSampleModel.TIMESTAMP_FORMAT, StrptimeFormat.Dialect.FLUENT_BIT);
        assertEquals(Instant.parse(expected), format.parse(record.get("timestamp").asText()));
    }

    @Test
    void theSampleLineParsesAsItsRecordSays() throws Exception {
        JsonNode record = JSON.readTree(CollectionSampleModel.SAMPLE_LINE);
        assertEquals(Instant.parse("2026-01-24T10:30:00.123Z"), StrptimeFormat
                .of(CollectionSampleModel.TIMESTAMP_FORMAT, StrptimeFormat.Dialect.FLUENT_BIT)
                .parse(record.get("timestamp").asText()));
    }

    @Test
    void cloudWatchsDialectWritesFractionsAsPercentF() {
        assertEquals(Instant.parse("2026-01-24T10:30:00.123Z"),
                StrptimeFormat.of("%Y-%m-%dT%H:%M:%S.%fZ", StrptimeFormat.Dialect.CLOUDWATCH).parse("2026-01-24T10:30:00.123Z"));
        assertThrows(IllegalArgumentException.class,
                () -> StrptimeFormat.of("%Y-%m-%dT%H:%M:%S.%LZ", StrptimeFormat.Dialect.CLOUDWATCH));
    }

    @Test
    void anOffsetIsHonoured() {
        assertEquals(Instant.parse("2026-01-24T09:30:00Z"),
                StrptimeFormat.of("%Y-%m-%d %H:%M:%S %z", StrptimeFormat.Dialect.FLUENT_BIT).parse("2026-01-24 10:30:00 +0100"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "%Y-%m-%d %H:%M:%S|2026-01-24T10:30:00.123Z",
        "%Y-%m-%dT%H:%M:%SZ|2026-01-24T10:30:00.123Z",
        "%Y-%m-%dT%H:%M:%S.%L|2026-01-24T10:30:00.123Z",
        "%Y-%d-%mT%H:%M:%S.%LZ|2026-01-24T10:30:00.123Z"})
    void aFormatThatDoesNotFitIsRefused(String format, String timestamp) {
        assertThrows(DateTimeParseException.class,
                () -> StrptimeFormat.of(format, StrptimeFormat.Dialect.FLUENT_BIT).parse(timestamp));
    }

    @Test
    void anUnknownDirectiveIsNamed() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> StrptimeFormat.of("%Y %Q", StrptimeFormat.Dialect.FLUENT_BIT));
        assertTrue(error.getMessage().contains("%Q"), error.getMessage());
    }
}
