package dev.obsgen.core.render.fluentbit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.obsgen.core.CollectionSampleModel;
import dev.obsgen.core.Generation;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.write.OutputSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The classic files, read back as Fluent Bit reads them, say what the YAML file says, section by section; and the
 * outputs carry what Elasticsearch 8 needs.
 */
class FluentBitFormatsAgreeTest {
    private static List<FluentBitClassicReader.Section> classic;
    private static List<FluentBitClassicReader.Section> parsers;
    private static Map<String, Object> yaml;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void render() throws Exception {
        OutputSet output = Generation.standard()
                .render(CollectionSampleModel.model(), RenderSettings.of("test")).output();
        classic = FluentBitClassicReader.read(output.file(FluentBitRenderer.CLASSIC_PATH).orElseThrow().text());
        parsers = FluentBitClassicReader.read(output.file(FluentBitRenderer.PARSERS_PATH).orElseThrow().text());
        yaml = new ObjectMapper(new YAMLFactory()).readValue(output.file(FluentBitRenderer.YAML_PATH).orElseThrow().text(), Map.class);
    }

    @Test
    void serviceSectionsAgreeExceptForTheParsersFileClassicNeeds() {
        List<FluentBitClassicReader.Section> service = sections(classic, "SERVICE");
        assertEquals(1, service.size());
        Map<String, Object> classicService = normalise(service.get(0));
        assertEquals("parsers.conf", classicService.remove("parsers_file"));
        assertEquals(yaml.get("service"), classicService);
    }

    @Test
    void inputsFiltersAndOutputsAgreeInOrder() {
        Map<?, ?> pipeline = (Map<?, ?>) yaml.get("pipeline");
        for (String[] kinds : new String[][] {{"INPUT", "inputs"}, {"FILTER", "filters"}, {"OUTPUT", "outputs"}}) {
            List<Map<String, Object>> fromClassic = sections(classic, kinds[0]).stream()
                    .map(FluentBitFormatsAgreeTest::normalise).toList();
            assertFalse(fromClassic.isEmpty(), "the sample renders at least one " + kinds[0]);
            assertEquals(pipeline.get(kinds[1]), fromClassic, kinds[0] + " sections differ");
        }
        assertEquals(List.of("SERVICE", "INPUT", "INPUT", "FILTER", "OUTPUT", "OUTPUT"),
                classic.stream().map(FluentBitClassicReader.Section::kind).toList());
    }

    @Test
    void parsersAgree() {
        assertEquals(yaml.get("parsers"), parsers.stream().map(FluentBitFormatsAgreeTest::normalise).toList());
        Map<String, Object> parser = normalise(parsers.get(0));
        assertEquals(CollectionSampleModel.TIMESTAMP_FORMAT, parser.get("time_format"));
        assertEquals("timestamp", parser.get("time_key"));
        assertEquals("On", parser.get("time_keep"));
    }

    @Test
    void modifyFilterAddsEnvironmentAndServiceAsRepeatedKeys() {
        Map<String, Object> modify = normalise(sections(classic, "FILTER").get(0));
        assertEquals("modify", modify.get("name"));
        assertEquals(List.of("environment staging: eu #1", "service shop"), modify.get("add"));
    }

    @Test
    void searchOutputsSuppressTheTypeNameAndReadCredentialsFromTheEnvironment() {
        List<Map<String, Object>> outputs = sections(classic, "OUTPUT").stream().map(FluentBitFormatsAgreeTest::normalise).toList();
        assertEquals(List.of("es", "opensearch"), outputs.stream().map(o -> o.get("name")).toList());
        for (Map<String, Object> output : outputs) {
            assertEquals("On", output.get("suppress_type_name"));
            assertFalse(output.containsKey("type"), "a Type makes Elasticsearch 8 reject every document");
            assertTrue(String.valueOf(output.get("host")).matches("\\$\\{[A-Z_]+}"));
            assertTrue(String.valueOf(output.get("port")).matches("\\$\\{[A-Z_]+}"));
            assertEquals("5", output.get("retry_limit"));
            assertEquals("1G", output.get("storage.total_limit_size"));
        }
        Map<String, Object> es = outputs.get(0);
        assertEquals("${ES_USER}", es.get("http_user"));
        assertEquals("${ES_PASSWORD}", es.get("http_passwd"));
        assertEquals("create", es.get("write_operation"), "a data stream takes create writes only");
        assertEquals("On", es.get("tls"));
        assertEquals("/etc/fluent-bit/ca.crt", es.get("tls.ca_file"));
        assertFalse(outputs.get(1).containsKey("write_operation"), "the OpenSearch sample writes plain indices");
    }

    @Test
    void tailInputsKeepOffsetsAndBufferOnDisk() {
        Map<String, Object> service = normalise(sections(classic, "SERVICE").get(0));
        assertEquals("/var/lib/fluent-bit/storage", service.get("storage.path"));
        List<Map<String, Object>> inputs = sections(classic, "INPUT").stream().map(FluentBitFormatsAgreeTest::normalise).toList();
        assertEquals(List.of("/var/log/shop/api-*.log,/var/log/shop/api.json", "/var/log/shop/worker.log"),
                inputs.stream().map(i -> i.get("path")).toList());
        assertEquals(List.of("/var/lib/fluent-bit/api.db", "/var/lib/fluent-bit/workers.db"),
                inputs.stream().map(i -> i.get("db")).toList());
        inputs.forEach(input -> assertEquals("filesystem", input.get("storage.type")));
    }

    private static List<FluentBitClassicReader.Section> sections(List<FluentBitClassicReader.Section> all, String kind) {
        return all.stream().filter(s -> s.kind().equals(kind)).toList();
    }

    /** Keys are case-insensitive in Fluent Bit; YAML spells a repeated classic key as a list. */
    private static Map<String, Object> normalise(FluentBitClassicReader.Section section) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (FluentBitClassicReader.Entry entry : section.entries()) {
            String key = entry.key().toLowerCase(Locale.ROOT);
            Object previous = map.get(key);
            if (previous == null) {
                map.put(key, entry.value());
            } else if (previous instanceof List<?> list) {
                List<Object> values = new ArrayList<>(list);
                values.add(entry.value());
                map.put(key, values);
            } else {
                map.put(key, new ArrayList<>(List.of(previous, entry.value())));
            }
        }
        return map;
    }
}
