package dev.obsgen.core.readme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.Generation;
import dev.obsgen.core.Rendering;
import dev.obsgen.core.render.RenderSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's model example is this package's {@link ShopObservability}, and it renders without an error. */
class ReadmeExampleTest {
    @Test
    void theReadmeExampleIsTheCompiledOne() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        int start = readme.indexOf("```java\n") + "```java\n".length();
        String example = readme.substring(start, readme.indexOf("```\n", start));
        String source = Files.readString(Path.of("src/test/java/dev/obsgen/core/readme/ShopObservability.java"));
        assertTrue(source.endsWith(example), "README.md's Java example differs from ShopObservability.java");
    }

    @Test
    void theReadmeExampleRendersAPassingAlertTest() {
        Rendering rendering = Generation.standard().render(new ShopObservability().define(), RenderSettings.of("readme"));
        assertTrue(rendering.output().file("prometheus/tests/shop.test.yml").isPresent());
        assertTrue(rendering.output().file("alertmanager/alertmanager.yml").isPresent());
    }
}
