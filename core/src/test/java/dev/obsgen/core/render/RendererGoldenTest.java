package dev.obsgen.core.render;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.obsgen.core.Generation;
import dev.obsgen.core.Goldens;
import dev.obsgen.core.SampleModel;
import dev.obsgen.core.write.GeneratedFile;
import java.io.IOException;
import java.util.Collection;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every file every renderer produces for the sample model, byte for byte against its golden file. */
class RendererGoldenTest {
    @TestFactory
    Stream<DynamicTest> everyRenderedFileMatchesItsGolden() {
        Collection<GeneratedFile> files = Generation.standard()
                .render(SampleModel.model(), RenderSettings.of("dev.obsgen.core.SampleModel"))
                .output().files();
        assertFalse(files.isEmpty());
        return files.stream().map(file -> DynamicTest.dynamicTest(file.path(), () -> golden(file)));
    }

    private static void golden(GeneratedFile file) throws IOException {
        Goldens.assertMatches("sample/" + file.path(), file.text());
    }
}
