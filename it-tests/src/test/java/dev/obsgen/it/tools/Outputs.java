package dev.obsgen.it.tools;

import dev.obsgen.core.Generation;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.write.OutputWriter;
import dev.obsgen.model.Observability;
import java.nio.file.Path;

/** Where the committed outputs are, and how a test renders a model of its own into a directory. */
final class Outputs {
    private Outputs() {
    }

    static Path committed() {
        String dir = System.getProperty("obsgen.generated.dir");
        return dir == null ? Path.of("../generated").toAbsolutePath().normalize() : Path.of(dir);
    }

    static Path render(Observability model, Path directory) {
        new OutputWriter().write(Generation.standard().render(model, RenderSettings.of("test")).output(), directory);
        return directory;
    }
}
