package dev.obsgen.core.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.obsgen.core.CollectionSampleModel;
import dev.obsgen.core.Generation;
import dev.obsgen.core.Goldens;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.write.GeneratedFile;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The log, trace and collection outputs of the collection sample, and the catalog that describes them, byte for
 * byte against golden files under {@code golden/collection/}. The Prometheus and Alertmanager files of the same
 * model are the plain sample's and are covered by its goldens.
 */
class CollectionGoldenTest {
    static final List<String> PREFIXES = List.of("fluent-bit/", "otel-collector/", "elasticsearch/", "cloudwatch/",
            "docs/catalog.md");

    static List<GeneratedFile> files() {
        return Generation.standard()
                .render(CollectionSampleModel.model(), RenderSettings.of("dev.obsgen.core.CollectionSampleModel"))
                .output().files().stream()
                .filter(f -> PREFIXES.stream().anyMatch(f.path()::startsWith))
                .toList();
    }

    @Test
    void everyCollectionOutputIsRendered() {
        assertEquals(List.of(
                        "cloudwatch/amazon-cloudwatch-agent.json",
                        "docs/catalog.md",
                        "elasticsearch/elasticsearch/shop-logs.index-template.json",
                        "elasticsearch/opensearch/shop-logs.index-template.json",
                        "fluent-bit/fluent-bit.conf",
                        "fluent-bit/fluent-bit.yaml",
                        "fluent-bit/parsers.conf",
                        "otel-collector/otel-collector.yaml"),
                files().stream().map(GeneratedFile::path).toList());
    }

    @TestFactory
    Stream<DynamicTest> everyCollectionOutputMatchesItsGolden() {
        return files().stream().map(file -> DynamicTest.dynamicTest(file.path(),
                () -> Goldens.assertMatches("collection/" + file.path(), file.text())));
    }
}
