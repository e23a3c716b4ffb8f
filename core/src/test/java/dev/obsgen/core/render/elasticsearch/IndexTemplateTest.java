package dev.obsgen.core.render.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.obsgen.core.CollectionSampleModel;
import dev.obsgen.core.Generation;
import dev.obsgen.core.check.log.IndexPatterns;
import dev.obsgen.core.check.log.StrptimeFormat;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.write.OutputSet;
import dev.obsgen.model.Observability;
import dev.obsgen.model.log.LogField;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The index templates and the CloudWatch agent config, parsed back: every record field is mapped with its type at
 * its nested path, the index Fluent Bit writes to is one the template applies to, and the agent's timestamp format
 * reads the record's timestamps.
 */
class IndexTemplateTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Observability MODEL = CollectionSampleModel.model();
    private static OutputSet output;

    @BeforeAll
    static void render() {
        output = Generation.standard().render(MODEL, RenderSettings.of("test")).output();
    }

    @Test
    void everyRecordFieldIsMappedWithItsTypeAtItsNestedPath() throws Exception {
        JsonNode template = read("elasticsearch/elasticsearch/shop-logs.index-template.json");
        JsonNode properties = template.at("/template/mappings/properties");
        for (LogField field : MODEL.logs().record().fields()) {
            JsonNode node = properties;
            String[] parts = field.path().split("\\.");
            for (int i = 0; i < parts.length - 1; i++) {
                node = node.path(parts[i]).path("properties");
            }
            assertEquals(field.type().mapping(), node.path(parts[parts.length - 1]).path("type").asText(), field.path());
        }
        assertEquals("date", properties.at("/@timestamp/type").asText());
        assertEquals("keyword", properties.at("/environment/type").asText());
        assertEquals("keyword", properties.at("/message/fields/keyword/type").asText());
    }

    @Test
    void theDataStreamTemplateAppliesToTheIndexFluentBitWritesTo() throws Exception {
        JsonNode template = read("elasticsearch/elasticsearch/shop-logs.index-template.json");
        assertTrue(template.has("data_stream"));
        assertEquals(200, template.get("priority").asInt());
        String pattern = template.at("/index_patterns/0").asText();
        assertTrue(IndexPatterns.matches(pattern, "shop-logs-staging"));
        IndexPatterns.BUILT_IN.forEach(builtIn -> assertFalse(IndexPatterns.overlap(pattern, builtIn), builtIn));
        assertFalse(read("elasticsearch/opensearch/shop-logs.index-template.json").has("data_stream"));
    }

    @Test
    void theCloudWatchAgentShipsTheWorkerFilesWithAFormatThatReadsTheirTimestamps() throws Exception {
        JsonNode files = read("cloudwatch/amazon-cloudwatch-agent.json").at("/logs/logs_collected/files/collect_list");
        assertEquals(1, files.size());
        JsonNode file = files.get(0);
        assertEquals("/var/log/shop/worker.log", file.get("file_path").asText());
        assertEquals("/shop/workers", file.get("log_group_name").asText());
        assertEquals("{instance_id}", file.get("log_stream_name").asText());
        String timestamp = JSON.readTree(CollectionSampleModel.SAMPLE_LINE).get("timestamp").asText();
        assertEquals(Instant.parse("2026-01-24T10:30:00.123Z"), StrptimeFormat
                .of(file.get("timestamp_format").asText(), StrptimeFormat.Dialect.CLOUDWATCH).parse(timestamp));
    }

    private static JsonNode read(String path) throws Exception {
        return JSON.readTree(output.file(path).orElseThrow().text());
    }
}
